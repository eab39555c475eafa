namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>
/// A fact that only means something for an unprivileged user (root ignores file permissions);
/// under root it is reported as skipped with that reason rather than passing vacuously.
/// </summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix file permissions only";
        else if (Environment.IsPrivilegedProcess) Skip = "running as root, which reads files whatever their permissions";
    }
}
