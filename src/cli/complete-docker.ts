/**
 * Tab completion for the lab's small `docker`: its sub-commands, registry login servers for
 * `docker login` (and the logged-in ones for `docker logout`), and image names (local ones and `<registry>.azurecr.io/`) for pull/push/tag.
 */
import type { World } from '../model/types';
import { localImages } from './docker-images';

/** Sub-commands the simulated docker understands (see docker.ts). */
export const DOCKER_COMMANDS = ['images', 'login', 'logout', 'pull', 'push', 'tag'];

/** Candidates for the last of `words` (the words after `docker`; the last one is partial). */
export function completeDocker(words: readonly string[], world: World): string[] {
  const prefix = words.length > 0 ? words[words.length - 1] : '';
  const prior = words.slice(0, -1);
  const match = (items: Iterable<string>) => [...new Set(items)].filter((c) => c.startsWith(prefix)).sort();
  if (prior.length === 0) return match(DOCKER_COMMANDS);
  if (prefix.startsWith('-')) return [];
  const servers = world.registries.map((r) => `${r.name.toLowerCase()}.azurecr.io`);
  switch (prior[0]) {
    case 'login':
      return match(servers);
    case 'logout':
      return match(world.dockerLogins ?? []);
    case 'pull':
    case 'push':
    case 'tag': {
      const remote = world.registries.flatMap((r) =>
        r.repositories.flatMap((repo) => repo.tags.map((t) => `${r.name.toLowerCase()}.azurecr.io/${repo.name}:${t}`)),
      );
      return match([...localImages(world), ...servers.map((s) => `${s}/`), ...remote]);
    }
    default:
      return [];
  }
}
