/**
 * A child process of the cluster, ready when it says so (a line on stdout) or when a URL answers
 * 200, and stopped by signal, waiting for it to exit. A process that exits before it is ready
 * rejects with the end of what it wrote, so a failed start says why.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

export interface Running {
  child: ChildProcess;
  stop(signal: NodeJS.Signals): Promise<void>;
}

interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  ready: RegExp | { url: string };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else {
      child.once('exit', () => resolve());
      // A command that cannot start (not installed) never exits: it fails here.
      child.once('error', () => resolve());
    }
  });

/** Polls until the URL answers 200 (a condition, checked every 100 ms) or `gone` settles. */
async function answers(url: string, gone: Promise<void>): Promise<void> {
  let over = false;
  void gone.then(() => {
    over = true;
  });
  while (!over) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await delay(100);
  }
}

export async function runProcess(command: string, args: string[], options: RunOptions): Promise<Running> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.once('error', (err) => {
    output += `${err.message}\n`;
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const gone = exited(child);
  const ready =
    options.ready instanceof RegExp
      ? new Promise<void>((resolve) => {
          const pattern = options.ready as RegExp;
          child.stdout?.on('data', () => pattern.test(output) && resolve());
        })
      : answers(options.ready.url, gone);
  const first = await Promise.race([ready.then(() => 'ready' as const), gone.then(() => 'exited' as const)]);
  if (first === 'exited') throw new Error(`${command} ${args.join(' ')} exited before it was ready:\n${output}`);
  return {
    child,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await gone;
    },
  };
}
