// The web host's default port, apart from the host itself so the command line can name it
// in its help without loading the HTTP server.
export const DEFAULT_PORT = 7419;
