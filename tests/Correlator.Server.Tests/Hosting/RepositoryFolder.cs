namespace Correlator.Server.Tests.Hosting;

/// <summary>The clone the tests run from, found by walking up from the test binaries to the solution.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Correlator.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Correlator.sln above {AppContext.BaseDirectory}.");
    }
}
