import { describe, expect, it, vi } from 'vitest';
import { AVATAR_UPLOAD_PX, downscaleAvatar, downscaledSize, type ImageTools } from './downscaleAvatar';

function tools(width: number, height: number, encoded: (type: string) => Blob | null = (type) => new Blob(['small'], { type })) {
  const close = vi.fn();
  const encode = vi.fn(async (_source: CanvasImageSource, _w: number, _h: number, type: string) => encoded(type));
  const fake: ImageTools = { decode: async () => ({ width, height, source: {} as CanvasImageSource, close }), encode };
  return { fake, encode, close };
}

const photo = (type = 'image/jpeg') => new File([new Uint8Array(50_000)], 'holiday.jpg', { type });

describe('downscaledSize', () => {
  it('makes the shorter side twice the 96 px shown, keeping the ratio', () => {
    expect(AVATAR_UPLOAD_PX).toBe(192);
    expect(downscaledSize(4000, 3000)).toEqual({ width: 256, height: 192 });
    expect(downscaledSize(600, 1200)).toEqual({ width: 192, height: 384 });
  });

  it('leaves a picture alone that is small enough', () => {
    expect(downscaledSize(192, 500)).toBeNull();
    expect(downscaledSize(16, 16)).toBeNull();
  });
});

describe('downscaleAvatar', () => {
  it('redraws a big picture at the size shown, in its own type and name', async () => {
    const { fake, encode, close } = tools(4000, 3000);
    const result = await downscaleAvatar(photo(), fake);
    expect(encode).toHaveBeenCalledWith(expect.anything(), 256, 192, 'image/jpeg');
    expect(result.name).toBe('holiday.jpg');
    expect(result.type).toBe('image/jpeg');
    expect(result.size).toBe(5);
    expect(close).toHaveBeenCalled();
  });

  it('sends a small picture, a GIF, or one the browser cannot decode or write in its type, as it is', async () => {
    const file = photo('image/png');
    expect(await downscaleAvatar(file, tools(100, 100).fake)).toBe(file);
    const gif = photo('image/gif');
    const gifTools = tools(4000, 3000);
    expect(await downscaleAvatar(gif, gifTools.fake)).toBe(gif);
    expect(gifTools.encode).not.toHaveBeenCalled();
    const broken: ImageTools = { decode: () => Promise.reject(new Error('not an image')), encode: vi.fn() };
    expect(await downscaleAvatar(file, broken)).toBe(file);
    const webp = photo('image/webp');
    expect(await downscaleAvatar(webp, tools(4000, 3000, () => new Blob(['png'], { type: 'image/png' })).fake)).toBe(webp);
    expect(await downscaleAvatar(webp, tools(4000, 3000, () => null).fake)).toBe(webp);
  });
});
