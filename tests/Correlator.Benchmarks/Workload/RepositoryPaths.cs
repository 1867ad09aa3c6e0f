namespace Correlator.Benchmarks.Workload;

/// <summary>Where the repository's folders are, found by walking up from the binaries to the solution.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Correlator.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Correlator.sln was not found above " + AppContext.BaseDirectory);
    }
}
