/** Media types of the files the app offers. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name without characters Windows, SharePoint or Teams refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|#%]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Hands bytes to the browser as a download: a Blob behind an object URL, clicked through a
 * temporary link, and the URL released afterwards so the bytes do not stay in memory.
 */
export function saveFile(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Released on the next turn: some browsers read the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
