// The `inzage` process around runCli: the real output streams, the environment and the exit code.
// The bundle (dist/cli/inzage.mjs) is built from this file; without it, inzage.mjs loads it via tsx.
import { exitCodes } from './cliTypes.ts';
import { runCli } from './runCli.ts';

/**
 * A reader that closes the pipe early (`inzage show … | head -1`) has read all it wants: stop
 * quietly with exit code 0 instead of dying on an unhandled EPIPE with a stack trace. Any other
 * write error is still thrown.
 */
function endQuietlyWhenTheReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCodes.ok);
    throw error;
  });
}

// Every file and folder the command creates is the user's only (0600/0700), also those a library
// creates; the core sets these modes itself as well (issue 13.7).
process.umask(0o077);
endQuietlyWhenTheReaderLeaves(process.stdout);
endQuietlyWhenTheReaderLeaves(process.stderr);
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
