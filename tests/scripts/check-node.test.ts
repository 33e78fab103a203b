import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

const run = promisify(execFile);

async function checkNode(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/check-node.js', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('scripts/check-node.js', () => {
  it('lets a recent Node through without a word', async () => {
    expect(await checkNode([])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('tells, in French, during npm install on an old Node, that Node 24 comes with the dependencies', async () => {
    const result = await checkNode(['--install'], {
      npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
      npm_node_execpath: '/usr/bin/node',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Node.js 20.20.2 (/usr/bin/node) est trop ancien (22.12 au moins)');
    expect(result.stderr).toContain('npm installe donc Node 24 dans node_modules');
  });

  it('says nothing during npm install on a recent Node', async () => {
    const result = await checkNode(['--install'], { npm_config_user_agent: 'npm/11.19.1 node/v24.1.0 linux x64' });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
