import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { grantedPathsPolicy, workspacePolicy } from './locations';

describe('location policies', () => {
  it('workspace: resolves bare names inside the folder and adds the extension', () => {
    const policy = workspacePolicy('/cases');
    expect(policy.resolve('Op Flask')).toBe(path.join('/cases', 'Op Flask.assay'));
    expect(policy.resolve('a-b_(2).assay')).toBe(path.join('/cases', 'a-b_(2).assay'));
    expect(policy.display('/cases/x.assay')).toBe('x.assay');
  });

  it.each(['../etc/passwd', '/etc/passwd', 'a/b', 'a\\b', '.hidden', '..', 'x.assay/../y'])('workspace: refuses %j', (bad) => {
    expect(() => workspacePolicy('/cases').resolve(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('granted: only paths the user chose', () => {
    const policy = grantedPathsPolicy(['/home/a/recent.assay']);
    expect(policy.resolve('/home/a/recent.assay')).toBe('/home/a/recent.assay');
    expect(() => policy.resolve('/home/a/other.assay')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    policy.grant('/home/a/other.assay');
    expect(policy.resolve('/home/a/./other.assay')).toBe('/home/a/other.assay');
  });
});
