import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEffect, onCleanup } from 'solid-js';
import { singleSpaSolid } from './lifecycles';

interface Props {
  label: string;
}

const effects = { alive: 0, runs: 0 };

function Greeting(props: Props) {
  effects.alive++;
  onCleanup(() => effects.alive--);
  const onResize = () => undefined;
  window.addEventListener('resize', onResize);
  onCleanup(() => window.removeEventListener('resize', onResize));
  createEffect(() => {
    effects.runs++;
    void props.label;
  });
  return <p>Hello {props.label}</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
  effects.alive = 0;
  effects.runs = 0;
});

describe('singleSpaSolid', () => {
  it('renders into props.domElement on mount and empties it on unmount', async () => {
    const app = singleSpaSolid<Props>({ rootComponent: Greeting });
    const host = document.createElement('section');
    document.body.append(host);
    await app.mount({ name: 'a', domElement: host, label: 'world' });
    expect(host.textContent).toBe('Hello world');
    await app.unmount({ name: 'a', domElement: host, label: 'world' });
    expect(host.innerHTML).toBe('');
  });

  it('leaves no DOM, listeners or computations after 100 mount/unmount cycles', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const app = singleSpaSolid<Props>({ rootComponent: Greeting });
    const bodyBefore = document.body.innerHTML;
    for (let i = 0; i < 100; i++) {
      await app.mount({ name: 'loop', label: String(i) });
      await app.unmount({ name: 'loop', label: String(i) });
    }
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(effects.alive).toBe(0);
    expect(add.mock.calls.filter(([type]) => type === 'resize')).toHaveLength(100);
    expect(remove.mock.calls.filter(([type]) => type === 'resize')).toHaveLength(100);
    add.mockRestore();
    remove.mockRestore();
  });

  it('keeps two instances of one config apart', async () => {
    const app = singleSpaSolid<Props>({ rootComponent: Greeting });
    await app.mount({ name: 'one', label: 'one' });
    await app.mount({ name: 'two', label: 'two' });
    expect(document.body.textContent).toBe('Hello oneHello two');
    await app.unmount({ name: 'one', label: 'one' });
    expect(document.body.textContent).toBe('Hello two');
    expect(effects.alive).toBe(1);
    await app.unmount({ name: 'two', label: 'two' });
  });

  it('disposes once when unmount is called twice at the same time', async () => {
    const app = singleSpaSolid<Props>({ rootComponent: Greeting });
    await app.mount({ name: 'twice', label: 'x' });
    await Promise.all([app.unmount({ name: 'twice', label: 'x' }), app.unmount({ name: 'twice', label: 'x' })]);
    await app.unmount({ name: 'twice', label: 'x' });
    expect(effects.alive).toBe(0);
    expect(document.body.innerHTML).toBe('');
  });

  it('passes new props reactively through update without remounting', async () => {
    const app = singleSpaSolid<Props>({ rootComponent: Greeting });
    await app.mount({ name: 'u', label: 'before' });
    const paragraph = document.querySelector('p');
    await app.update({ name: 'u', label: 'after' });
    expect(document.body.textContent).toBe('Hello after');
    expect(document.querySelector('p')).toBe(paragraph);
    expect(effects.runs).toBe(2);
    await app.unmount({ name: 'u', label: 'after' });
  });

  it('shows the error fallback instead of throwing when the root component fails', async () => {
    const Broken = (): never => {
      throw new Error('boom');
    };
    const app = singleSpaSolid<Props>({ rootComponent: Broken });
    await app.mount({ name: 'broken', label: '' });
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('boom');
    await app.unmount({ name: 'broken', label: '' });
  });

  it('refuses to mount the same instance twice', async () => {
    const app = singleSpaSolid<Props>({ rootComponent: Greeting });
    await app.mount({ name: 'dup', label: '' });
    await expect(app.mount({ name: 'dup', label: '' })).rejects.toThrow('already mounted');
    await app.unmount({ name: 'dup', label: '' });
  });
});
