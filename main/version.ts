// The app's version, read once from package.json so the CLI, the window and the API agree.
import packageJson from '../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;
