/** `az acr task ...` and `az acr task credential ...` (facts §4, §7). */
import { describe, expect, it } from 'vitest';
import { taskCreate } from '~/cli/handlers/acr-task';
import { SEED_TASK, seedTaskReady, withRegistry, type Session } from './cmd-harness';

function withTask(profile: '2021' | 'current' = '2021'): Session {
  const s = withRegistry(profile);
  const r = s.az(SEED_TASK);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return s;
}

describe('az acr task create / show / list / delete', () => {
  it('creates a task shaped like az acr task show', () => {
    const s = withRegistry();
    const t = s.json(SEED_TASK);
    expect(Object.keys(t)).toEqual([...Object.keys(t)].sort());
    expect(t).toMatchObject({
      name: 'hello-world',
      resourceGroup: 'rg',
      location: 'eastus',
      type: 'Microsoft.ContainerRegistry/registries/tasks',
      status: 'Enabled',
      timeout: 3600,
      platform: { os: 'linux', architecture: 'amd64' },
      agentConfiguration: { cpu: 2 },
      credentials: { sourceRegistry: { loginMode: 'None' }, customRegistries: null },
      identity: { type: 'SystemAssigned', tenantId: s.world.tenantId, userAssignedIdentities: null },
      step: { type: 'EncodedTask', contextPath: null },
    });
    expect(t.identity.principalId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(t.id).toMatch(/\/registries\/myregistry\/tasks\/hello-world$/);
    const yaml = Buffer.from(t.step.encodedTaskContent, 'base64').toString('utf8');
    expect(yaml).toContain('  - cmd: myregistry.azurecr.io/hello-world:v1\n');
  });

  it('treats a bare --assign-identity as the system-assigned identity, like az', () => {
    const s = withRegistry();
    const t = s.json('acr task create -n baretask -r myregistry -c /dev/null --cmd hello-world --assign-identity --auth-mode None');
    expect(t.identity.type).toBe('SystemAssigned');
    expect(t.credentials.sourceRegistry.loginMode).toBe('None');
  });

  it('makes a -f .yaml file a FileTask step with the default auth mode', () => {
    const s = withRegistry();
    const t = s.json('acr task create -n filetask -r myregistry -c /dev/null -f acb.yaml --assign-identity [system]');
    expect(t.identity.type).toBe('SystemAssigned');
    expect(t.step).toMatchObject({ type: 'FileTask', taskFilePath: 'acb.yaml' });
    expect(t.credentials.sourceRegistry.loginMode).toBe('Default');
  });

  it('treats an empty --assign-identity list as [system] (az nargs=*)', () => {
    const s = withRegistry();
    const ctx = { world: s.world, output: 'json', onlyShowErrors: false, verbose: false, debug: false, isTty: false } as const;
    const res = taskCreate(ctx, { registry: 'myregistry', task: 'bare-identity', context: '/dev/null', cmd: 'hello-world', assignIdentity: [] });
    expect((res.result as { identity: { type: string } }).identity.type).toBe('SystemAssigned');
  });

  it('attaches a user-assigned identity by resource ID', () => {
    const s = withRegistry();
    const id = s.az('identity create -n myidentity -g rg --query id -o tsv').stdout.trim();
    const t = s.json(`acr task create -n usertask -r myregistry -c /dev/null --cmd hello-world --assign-identity ${id}`);
    expect(t.identity.type).toBe('UserAssigned');
    expect(Object.keys(t.identity.userAssignedIdentities)).toEqual([id]);
  });

  describe.each([
    ['acr task create -n hello-world -r myregistry --cmd hello-world', 1, 'If the task is not a System Task, --context-path must be provided.'],
    ['acr task create -n hello-world -r myregistry -c /dev/null --cmd hello-world -f acb.yaml', 1, 'Task can be created with either --cmd myCommand -c /dev/null or -f myFile -c myContext, but not both.'],
    ['acr task create -n hello-world -r myregistry -c https://github.com/x/y.git -f acb.yaml', 1, '--git-access-token must be provided.'],
    ['acr task create -n hello-world -r myregistry -c /dev/null --cmd x --auth-mode Maybe', 2, "'Maybe' is not a valid value for '--auth-mode'. Allowed values: Default, None."],
    ['acr task create -r myregistry', 2, 'the following arguments are required: --name/-n'],
    ['acr task create -n hello-world', 2, 'the following arguments are required: --registry/-r'],
    ['acr task create -n hello-world -r nothere1 -c /dev/null --cmd x', 3, "The resource with name 'nothere1'"],
  ])('%s', (line, code, message) => {
    it(`exits ${code}`, () => {
      const s = withRegistry();
      const r = s.az(line);
      expect(r.exitCode).toBe(code);
      expect(r.stderr).toContain(message);
      expect(s.world.tasks).toEqual([]);
    });
  });

  describe('source triggers of a git context (task.py acr_task_create)', () => {
    const GIT = "acr task create -n buildtask -r myregistry -c https://github.com/x/y.git -f Dockerfile -t 'hw:{{.Run.ID}}'";
    const TOKEN_NEEDED =
      'ERROR: If source control trigger is enabled [--commit-trigger-enabled] or [--pull-request-trigger-enabled] --git-access-token must be provided.\n';

    it.each([
      ['', 1],
      [' --pull-request-trigger-enabled false', 1],
      [' --commit-trigger-enabled false --pull-request-trigger-enabled true', 1],
      [' --commit-trigger-enabled false', 0],
      [' --commit-trigger-enabled false --pull-request-trigger-enabled false', 0],
      [' --commit-trigger-enabled FALSE --pull-request-trigger-enabled False', 0],
      [' --git-access-token tok --pull-request-trigger-enabled true', 0],
    ])('%s exits %i', (flags, code) => {
      const s = withRegistry();
      const r = s.az(`${GIT}${flags}`);
      expect(r.exitCode).toBe(code);
      expect(r.stderr).toBe(code === 0 ? '' : TOKEN_NEEDED);
      expect(s.world.tasks.map((t) => t.name)).toEqual(code === 0 ? ['buildtask'] : []);
    });

    it('needs no token for /dev/null whatever the trigger flags say', () => {
      const s = withRegistry();
      expect(s.az('acr task create -n t-null -r myregistry -c /dev/null --cmd hello-world --pull-request-trigger-enabled true -o none').exitCode).toBe(0);
    });

    it('rejects a non-boolean trigger value as az does', () => {
      const r = withRegistry().az(`${GIT} --pull-request-trigger-enabled maybe`);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain("'maybe' is not a valid value for '--pull-request-trigger-enabled'. Allowed values: true, false.");
    });

    it('documents the trigger flags in help', () => {
      const help = withRegistry().az('acr task create -h').stdout;
      expect(help).toContain('Trigger Arguments');
      for (const flag of ['--commit-trigger-enabled', '--pull-request-trigger-enabled', '--git-access-token']) expect(help).toContain(flag);
    });
  });

  it('shows, lists (table) and deletes', () => {
    const s = withTask();
    expect(s.az('acr task show -n hello-world -r myregistry --query identity.type -o tsv').stdout).toBe('SystemAssigned\n');
    const table = s.az('acr task list -r myregistry -o table').stdout.split('\n');
    expect(table[0].split(/\s{2,}/)).toEqual(['NAME', 'PLATFORM', 'STATUS', 'SOURCE REPOSITORY', 'TRIGGERS']);
    expect(table[2].split(/\s{2,}/)).toEqual(['hello-world', 'linux', 'Enabled', 'BASE_IMAGE']);
    expect(s.az('acr task delete -n hello-world -r myregistry').exitCode).toBe(1);
    expect(s.az('acr task delete -n hello-world -r myregistry -y').stdout).toBe('');
    expect(s.json('acr task list -r myregistry')).toEqual([]);
    const gone = s.az('acr task show -n hello-world -r myregistry');
    expect(gone.exitCode).toBe(3);
    expect(gone.stderr).toContain("(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/myregistry/tasks/hello-world'");
  });
});

describe('az acr task credential', () => {
  it('adds, lists and removes a [system] identity credential', () => {
    const s = withTask();
    const add = s.json('acr task credential add -n hello-world -r myregistry --login-server myregistry.azurecr.io --use-identity [system]');
    expect(add).toEqual({ 'myregistry.azurecr.io': { identity: '[system]', password: null, userName: null } });
    expect(s.json('acr task show -n hello-world -r myregistry --query credentials.customRegistries')).toEqual(add);
    const dup = s.az('acr task credential add -n hello-world -r myregistry --login-server myregistry.azurecr.io --use-identity [system]');
    expect([dup.exitCode, dup.stderr]).toEqual([1, "ERROR: Login server 'myregistry.azurecr.io' already exists. You cannot add it again.\n"]);
    expect(s.json('acr task credential list -n hello-world -r myregistry')).toEqual(add);
    expect(s.json('acr task credential remove -n hello-world -r myregistry --login-server myregistry.azurecr.io')).toEqual({});
  });

  it('requires --login-server after the task and registry', () => {
    const r = withTask().az('acr task credential add');
    expect(r.stderr).toContain('the following arguments are required: --name/-n, --registry/-r, --login-server');
  });
});

describe('az acr task run / logs / list-runs', () => {
  it('streams the queue lines on stderr before the time-stamped agent log', () => {
    const s = withRegistry();
    seedTaskReady(s);
    const r = s.az('acr task run -n hello-world -r myregistry');
    expect(r.exitCode).toBe(0);
    expect(r.chunks.slice(0, 2)).toMatchObject([
      { stream: 'stderr', text: 'Queued a run with ID: ca1\n' },
      { stream: 'stderr', text: 'Waiting for an agent...\n' },
    ]);
    expect(r.chunks.every((c) => typeof c.delayMs === 'number' && c.delayMs < 1000)).toBe(true);
    expect(r.stdout).toMatch(/^2026\/11\/29 10:00:\d\d Alias support enabled/);
    expect(r.stdout).toMatch(/\d\d:\d\d:\d\d Logging in to registry: myregistry\.azurecr\.io\n.* Successfully logged into myregistry\.azurecr\.io\n/);
    expect(r.stdout).toContain('Pushing image: myregistry.azurecr.io/hello-world:ca1, attempt 1');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('Run ID: ca1 was successful after 12s');
    expect(s.json('acr repository show-tags -n myregistry --repository hello-world')).toEqual(['ca1']);
  });

  it('keeps the logs and lists runs newest first', () => {
    const s = withRegistry();
    seedTaskReady(s);
    const run1 = s.az('acr task run -n hello-world -r myregistry');
    s.az('acr update -n myregistry --public-network-enabled false --allow-trusted-services false');
    const run2 = s.az('acr task run -n hello-world -r myregistry');
    expect([run1.exitCode, run2.exitCode]).toEqual([0, 1]);
    const logs = s.az('acr task logs -r myregistry');
    expect(logs.exitCode).toBe(0);
    expect(logs.stderr).toBe('WARNING: Showing logs of the last created run.\nWARNING: Run ID: ca2\n');
    expect(logs.stdout).toContain('Run ID: ca2 failed after 5s. Error: failed during run, err: exit status 1');
    expect(s.az('acr task logs -r myregistry --run-id ca1').stdout).toBe(run1.stdout);
    expect(s.json('acr task list-runs -r myregistry --query [].[runId,status]')).toEqual([
      ['ca2', 'Failed'],
      ['ca1', 'Succeeded'],
    ]);
    const table = s.az('acr task list-runs -r myregistry --top 1 -o table').stdout.split('\n');
    expect(table[0].split(/\s{2,}/)).toEqual(['RUN ID', 'TASK', 'PLATFORM', 'STATUS', 'TRIGGER', 'STARTED', 'DURATION']);
    expect(table[2].split(/\s{2,}/)).toEqual(['ca2', 'hello-world', 'linux', 'Failed', 'Manual', expect.stringMatching(/Z$/), '00:00:05']);
    expect(table).toHaveLength(4);
  });

  describe('a run is checked for what it does to its registry', () => {
    /** A `$Registry` image run with the `[system]` credential and `role` for its identity; the registry locked. */
    function lockedRun(cmd: string, role: string, extra = ''): Session {
      const s = withRegistry();
      const must = (line: string) => {
        const r = s.az(line);
        if (r.exitCode !== 0) throw new Error(`az ${line}: ${r.stderr}`);
        return r.stdout.trim();
      };
      must(`acr task create -n runcheck -r myregistry -c /dev/null --cmd '${cmd}' ${extra} --assign-identity [system] --auth-mode None`);
      const principal = must('acr task show -n runcheck -r myregistry --query identity.principalId -o tsv');
      must(`role assignment create --assignee-object-id ${principal} --assignee-principal-type ServicePrincipal --role ${role} --scope ${must('acr show -n myregistry --query id -o tsv')}`);
      must('acr task credential add -n runcheck -r myregistry --login-server myregistry.azurecr.io --use-identity [system]');
      must('acr update -n myregistry --public-network-enabled false');
      return s;
    }

    it('runs an image from the registry with AcrPull alone when it pushes nothing', () => {
      const r = lockedRun('$Registry/hello-world', 'AcrPull').az('acr task run -n runcheck -r myregistry');
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('Hello from Docker!');
      expect(r.stdout).not.toContain('Pushing image');
    });

    it('logs in and runs with AcrPull, then fails at the push with the RBAC text', () => {
      const r = lockedRun('$Registry/hello-world', 'AcrPull', "-t 'hello-world:{{.Run.ID}}'").az('acr task run -n runcheck -r myregistry');
      expect(r.exitCode).toBe(1);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.some((l) => l.endsWith('Successfully logged into myregistry.azurecr.io'))).toBe(true);
      expect(lines.slice(-3)).toEqual([
        expect.stringMatching(/ Pushing image: myregistry\.azurecr\.io\/hello-world:ca1, attempt 1$/),
        'failed to push images: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
        'Run ID: ca1 failed after 5s. Error: failed during run, err: exit status 1',
      ]);
      expect(r.stdout).toContain('Hello from Docker!');
    });

    it('without a credential, fails where docker fetches the image, before the container runs', () => {
      const s = lockedRun('$Registry/hello-world', 'AcrPush');
      s.az('acr task credential remove -n runcheck -r myregistry --login-server myregistry.azurecr.io');
      const r = s.az('acr task run -n runcheck -r myregistry');
      expect(r.exitCode).toBe(1);
      expect(r.stdout).not.toContain('Logging in to registry');
      expect(r.stdout).not.toContain('Hello from Docker!');
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.slice(-6)).toEqual([
        expect.stringMatching(/ Launching container with name: acb_step_0$/),
        "Unable to find image 'myregistry.azurecr.io/hello-world:latest' locally",
        `docker: Error response from daemon: Get "https://myregistry.azurecr.io/v2/": denied: client with IP '198.51.100.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.`,
        "See 'docker run --help'.",
        'failed to run step ID: acb_step_0: exit status 125',
        'Run ID: ca1 failed after 5s. Error: failed during run, err: exit status 1',
      ]);
    });

    it('is not stopped by a locked registry it never contacts', () => {
      const s = lockedRun('$Registry/hello-world', 'AcrPull');
      s.az("acr task create -n publicrun -r myregistry -c /dev/null --cmd mcr.microsoft.com/hello-world --auth-mode None");
      const r = s.az('acr task run -n publicrun -r myregistry');
      expect([r.exitCode, r.stdout.trimEnd().split('\n').pop()]).toEqual([0, 'Run ID: ca1 was successful after 12s']);
      expect(r.stdout).not.toContain('Logging in to registry');
    });
  });

  it('has nothing to show before the first run', () => {
    const r = withTask().az('acr task logs -r myregistry -n hello-world');
    expect([r.exitCode, r.stderr]).toEqual([1, "ERROR: Could not find the last created run for task 'hello-world'.\n"]);
  });
});
