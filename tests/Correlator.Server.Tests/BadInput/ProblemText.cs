namespace Correlator.Server.Tests.BadInput;

/// <summary>What an error answer must never show a stranger: stack frames, exception types or paths on the server.</summary>
public static class ProblemText
{
    public static void ShouldNotLeakInternals(string body, string dataFolder)
    {
        body.ShouldNotContain("   at ", Case.Sensitive, body);
        body.ShouldNotContain("Exception", Case.Sensitive, body);
        body.ShouldNotContain(".cs:line", Case.Sensitive, body);
        body.ShouldNotContain(dataFolder, Case.Insensitive, body);
        body.ShouldNotContain(Hosting.RepositoryFolder.Root, Case.Insensitive, body);
        body.ShouldNotContain("System.", Case.Sensitive, body);
    }
}
