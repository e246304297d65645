import type { SurveyTemplate } from '@/db/schema';

type Item = { id: string; zh: string; en: string };

/** The standard questionnaire of a community satisfaction survey, used when no other template exists. */
export const standardTemplate: { name: string; questions: Item[]; checklist: Item[] } = {
  name: '社区满意度测评（标准问卷）',
  questions: [
    { id: 'service', zh: '社区工作人员的服务态度', en: "Community staff's attitude to residents" },
    { id: 'response', zh: '反映问题后社区处理的速度', en: 'How quickly the community acts on problems you raise' },
    { id: 'environment', zh: '小区环境卫生和绿化', en: 'Cleanliness and greenery of the estate' },
    { id: 'safety', zh: '小区治安和消防安全', en: 'Safety and fire safety in the estate' },
    { id: 'openness', zh: '社区事务公开、听取居民意见', en: 'Openness of community affairs and listening to residents' },
  ],
  checklist: [
    { id: 'staffed', zh: '办公时间有人值守', en: 'Office staffed during opening hours' },
    { id: 'notices', zh: '公示栏信息及时更新', en: 'Notice board up to date' },
    { id: 'clean', zh: '楼道、公共区域整洁', en: 'Stairwells and common areas clean' },
    { id: 'fireLanes', zh: '消防通道畅通', en: 'Fire lanes clear' },
    { id: 'courteous', zh: '接待来访热情规范', en: 'Visitors received courteously' },
  ],
};

export type Question = Item;
export const questionText = (q: Item, locale: string) => (locale === 'en' ? q.en : q.zh);
export type TemplateLike = Pick<SurveyTemplate, 'questions' | 'checklist'>;

/** Answers keyed `q_<id>` in a form, each 1..5; returns the answers or the fields left out or wrong. */
export function readAnswers(
  template: TemplateLike,
  form: Record<string, unknown>,
): { answers: Record<string, number> } | { fieldErrors: Record<string, string[]> } {
  const answers: Record<string, number> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const q of template.questions) {
    const level = Number(form[`q_${q.id}`]);
    if (Number.isInteger(level) && level >= 1 && level <= 5) answers[q.id] = level;
    else fieldErrors[`q_${q.id}`] = ['field.required'];
  }
  return Object.keys(fieldErrors).length ? { fieldErrors } : { answers };
}
