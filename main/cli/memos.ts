// `dossier memos`: the saved memos.
import { withNotebook, type Command, type Context } from './context';

async function memos(context: Context): Promise<number> {
  const saved = await withNotebook(context, (call) => call('listMemos', undefined));
  if (context.values.json) context.io.out(`${JSON.stringify(saved, null, 2)}\n`);
  else if (saved.length === 0) context.io.out('No saved memos yet.\n');
  else
    for (const memo of saved)
      context.io.out(
        `#${memo.id}  ${memo.title}  (${memo.quotationCount} quotations, updated ${memo.updatedAt.slice(0, 10)})\n`,
      );
  return 0;
}

export const memosCommand: Command = {
  usage: `  memos [--json]         List saved memos.
`,
  readOnly: true,
  run: memos,
};
