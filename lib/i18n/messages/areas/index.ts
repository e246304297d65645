import type { Locale } from '../../locales';
import requestsEn from './requests.en.json';
import requestsZh from './requests.zh-CN.json';
import inspectionsEn from './inspections.en.json';
import inspectionsZh from './inspections.zh-CN.json';
import surveysEn from './surveys.en.json';
import surveysZh from './surveys.zh-CN.json';
import assessmentZh from './assessment.zh-CN.json';
import assessmentEn from './assessment.en.json';
import projectsZh from './projects.zh-CN.json';
import projectsEn from './projects.en.json';
import operationsZh from './operations.zh-CN.json';
import operationsEn from './operations.en.json';
import flowsZh from './flows.zh-CN.json';
import flowsEn from './flows.en.json';
import electionZh from './election.zh-CN.json';
import electionEn from './election.en.json';
import sealedZh from './sealed.zh-CN.json';
import sealedEn from './sealed.en.json';

/**
 * One entry per feature area: `{ 'zh-CN': …, en: … }`, each file holding whole top-level namespaces
 * that no other file uses. Add an import and an entry here when an area gets its own strings.
 */
export const areaCatalogs: Record<Locale, Record<string, unknown>>[] = [
  { 'zh-CN': requestsZh, en: requestsEn },
  { 'zh-CN': inspectionsZh, en: inspectionsEn },
  { 'zh-CN': surveysZh, en: surveysEn },
  { 'zh-CN': assessmentZh, en: assessmentEn },
  { 'zh-CN': projectsZh, en: projectsEn },
  { 'zh-CN': operationsZh, en: operationsEn },
  { 'zh-CN': flowsZh, en: flowsEn },
  { 'zh-CN': electionZh, en: electionEn },
  { 'zh-CN': sealedZh, en: sealedEn },
];
