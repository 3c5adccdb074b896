import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';

// jsdom has no object URLs; the avatar preview needs them.
let next = 0;
URL.createObjectURL ??= () => `blob:preview-${++next}`;
URL.revokeObjectURL ??= () => undefined;

afterEach(cleanup);
