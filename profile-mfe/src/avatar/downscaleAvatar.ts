/**
 * A chosen picture is made no bigger than it is shown before it is uploaded: the avatar is a 96 px circle (object-fit:
 * cover), so its shorter side needs 2 × 96 px for sharp screens. Same type, same name; GIFs (maybe animated) and
 * pictures already small enough are sent as they are, and so is anything the browser cannot decode or re-encode
 * (the server checks it either way).
 */
export const AVATAR_SHOWN_PX = 96;
export const AVATAR_UPLOAD_PX = 2 * AVATAR_SHOWN_PX;

/** The browser's image tools, replaceable in tests (jsdom has no canvas). */
export interface ImageTools {
  decode(file: Blob): Promise<{ width: number; height: number; source: CanvasImageSource; close(): void }>;
  encode(source: CanvasImageSource, width: number, height: number, type: string): Promise<Blob | null>;
}

export const browserImageTools: ImageTools = {
  async decode(file) {
    const bitmap = await createImageBitmap(file);
    return { width: bitmap.width, height: bitmap.height, source: bitmap, close: () => bitmap.close() };
  },
  encode(source, width, height, type) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return Promise.resolve(null);
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    return new Promise((resolve) => canvas.toBlob(resolve, type, 0.9));
  },
};

/** The size to draw at: the shorter side `target` px, the ratio kept; null when the picture is small enough already. */
export function downscaledSize(width: number, height: number, target = AVATAR_UPLOAD_PX): { width: number; height: number } | null {
  const shorter = Math.min(width, height);
  if (shorter <= target) return null;
  const scale = target / shorter;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function downscaleAvatar(file: File, tools: ImageTools = browserImageTools): Promise<File> {
  if (file.type === 'image/gif') return file;
  let image: Awaited<ReturnType<ImageTools['decode']>>;
  try {
    image = await tools.decode(file);
  } catch {
    return file;
  }
  try {
    const size = downscaledSize(image.width, image.height);
    if (!size) return file;
    const blob = await tools.encode(image.source, size.width, size.height, file.type);
    // a browser that cannot write this type answers PNG (or nothing): then the original goes
    if (!blob || blob.type !== file.type) return file;
    return new File([blob], file.name, { type: file.type, lastModified: file.lastModified });
  } catch {
    return file;
  } finally {
    image.close();
  }
}
