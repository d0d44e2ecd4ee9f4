import { describe, expect, it } from 'vitest';
import { decideBuild } from './threads';

const isolated = { crossOriginIsolated: true, hasSharedArrayBuffer: true, inIframe: false, threadedBuildPresent: true };

describe('decideBuild', () => {
  it('uses the threaded build on an isolated page', () => {
    expect(decideBuild(isolated)).toEqual({ build: 'threaded', reason: '' });
  });
  it('falls back to plain without the headers, saying which headers', () => {
    const d = decideBuild({ ...isolated, crossOriginIsolated: false, hasSharedArrayBuffer: false });
    expect(d.build).toBe('plain');
    expect(d.reason).toMatch(/Cross-Origin-Opener-Policy: same-origin/);
    expect(d.reason).toMatch(/Cross-Origin-Embedder-Policy: require-corp/);
  });
  it('explains the iframe case separately', () => {
    const d = decideBuild({ ...isolated, crossOriginIsolated: false, inIframe: true });
    expect(d.build).toBe('plain');
    expect(d.reason).toMatch(/iframe/);
  });
  it('says when the threaded build was never built', () => {
    const d = decideBuild({ ...isolated, threadedBuildPresent: false });
    expect(d.build).toBe('plain');
    expect(d.reason).toMatch(/nightly/);
  });
});
