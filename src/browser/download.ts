// Hands a file to the user through a temporary <a download> link: the one way
// every browser saves generated content without a server.

export function downloadUrl(fileName: string, url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadText(fileName: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(fileName, url);
  // Revoke later: revoking at once can cancel a download some browsers start asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
