// Starts the real Correlator server as a child process on 127.0.0.1 and a free port, with its own data folder.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const serverProject = join(repositoryRoot, 'src/Correlator.Server');
// Built once beforehand (run.sh does it); CORRELATOR_SERVER_DLL points elsewhere, e.g. at a Release build.
const serverDll = process.env.CORRELATOR_SERVER_DLL ?? join(serverProject, 'bin/Debug/net10.0/Correlator.Server.dll');
const startTimeoutMs = 60_000;

function freshDataFolder() {
  return mkdtempSync(join(tmpdir(), 'correlator-e2e-'));
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the server and resolves once /healthz answers. Pass the same dataFolder (and port) again to restart it
 * on the same data, as after a crash or a redeploy. settings are more command-line arguments, such as
 * '--Correlator:Security:RequireKeyForReading=true'.
 */
export async function startServer({ dataFolder = freshDataFolder(), port, settings = [] } = {}) {
  if (!existsSync(serverDll)) throw new Error(`${serverDll} is missing: build the server first (dotnet build src/Correlator.Server).`);
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The content root is the project folder, so wwwroot and appsettings.json are found as with `dotnet run`.
  const child = spawn('dotnet', [serverDll, '--urls', url, `--Correlator:StoragePath=${join(dataFolder, 'correlator.db')}`, '--contentRoot', serverProject, ...settings], {
    cwd: serverProject,
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: process.env.ASPNETCORE_ENVIRONMENT ?? 'Production', DOTNET_NOLOGO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = chunk => { output = (output + chunk).slice(-20_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise(resolveExit => child.once('exit', (code, signal) => resolveExit({ code, signal })));

  const server = {
    url,
    port,
    pid: child.pid,
    dataFolder,
    get output() { return output; },
    /** Stops the process (SIGTERM, then SIGKILL if it lingers) and waits for it to exit. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const lingering = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(lingering);
    },
  };

  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was healthy:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        // The server makes an operator key on its first start and leaves it in its data folder.
        server.apiKey = readFileSync(join(dataFolder, 'operator.key'), 'utf8').trim();
        return server;
      }
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 200));
  }
  await server.stop('SIGKILL');
  throw new Error(`server did not answer /healthz within ${startTimeoutMs} ms:\n${output}`);
}
