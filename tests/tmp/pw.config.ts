import { defineConfig, devices } from '@playwright/test';
const launchOptions = { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] };
export default defineConfig({ testDir: '/work/wt/projects/tests/tmp', use: { locale: 'zh-CN' }, projects: [{ name: 'phone', use: { ...devices['Pixel 7'], launchOptions } }, { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } }] });
