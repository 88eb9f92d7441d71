/** The workspace to query: the one given, else SIGNINLAB_WORKSPACE_ID; always a Workspace ID GUID. */
import { UserError } from '../../errors';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function workspaceIdOf(given?: string): string {
  const id = (given ?? process.env.SIGNINLAB_WORKSPACE_ID ?? '').trim();
  if (id === '') throw new UserError('no workspace: pass --workspace <Workspace ID> or set SIGNINLAB_WORKSPACE_ID');
  if (!GUID.test(id)) {
    throw new UserError(`workspace "${id.slice(0, 80)}" is not a Workspace ID: use the GUID shown as "Workspace ID" on the workspace's overview page`);
  }
  return id.toLowerCase();
}
