/** Saves `text` as a file through a Blob URL: nothing leaves the machine. */
export function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's export file name, dated so exports made on different days sit side by side. */
export function exportFilename(): string {
  return `backstory-dictionary-${new Date().toISOString().slice(0, 10)}.json`;
}
