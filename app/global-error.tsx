'use client';

// The root layout itself failed, so the message catalogs may be unavailable: both languages inline.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'sans-serif', padding: '2rem', lineHeight: 1.8 }}>
        <h1>系统暂时出了问题 / Something went wrong</h1>
        <p>您填写的内容没有丢失，请稍后重试。/ Please try again in a moment.</p>
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: '0 1.5rem' }}>
          重试 / Try again
        </button>
      </body>
    </html>
  );
}
