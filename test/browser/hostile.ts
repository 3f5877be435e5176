/** A results table whose labels try to inject markup, script and links. */
export const HOSTILE_MARKDOWN = [
  '## <img src=x onerror=alert(1)> results',
  '',
  '<!-- results-tables: chart -->',
  '',
  '| Method | Score "q" | javascript:alert(1) |',
  '|---|---|---|',
  '| <img src=x onerror=alert(1)> | 1.0 | 2.0 |',
  '| </script><script>alert(2)</script> | 3.0 | 4.0 |',
  '| [x](javascript:alert(3)) | 5.0 | 6.0 |',
  '| a < b & "c" | 7.0 | 8.0 |',
  '| Average | 4.0 | 9.9 |',
  '',
].join('\n');
