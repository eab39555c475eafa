namespace Analysis.Cli.Commands;

/// <summary>
/// A mistake on the command line (a corpus that is not there, a dev set that does not exist): the
/// command prints its message as one line and exits with <see cref="Outcome.MistakeExitCode"/>.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
