using Correlator.Server.Live;
using Correlator.Storage;

namespace Correlator.Server.Hosting;

/// <summary>Bound from the "Correlator" section of appsettings.json.</summary>
public sealed record CorrelatorOptions
{
    public const string Section = "Correlator";

    /// <summary>The SQLite file; empty means correlator.db under the user's data folder.</summary>
    public string StoragePath { get; init; } = "";

    /// <summary>Folder holding gazetteer.json and reports.json; empty means the repository's seeds folder.</summary>
    public string SeedsPath { get; init; } = "";

    public bool LoadSeedsWhenEmpty { get; init; } = true;

    public int MaxReportsPerPost { get; init; } = 1000;

    public TimeSpan GrainIdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Events a dashboard may have waiting behind a write that has not finished before it is dropped (it resumes with
    /// its sequence). Events held for a coalescing window go out early rather than reach it.
    /// </summary>
    public int SubscriberBuffer { get; init; } = 2000;

    public LiveOptions Live { get; init; } = new();

    public string ResolveStoragePath() => StoragePath.Length > 0 ? Path.GetFullPath(StoragePath) : DataFolder.DefaultDatabasePath;

    public string ResolveSeedsPath()
    {
        if (SeedsPath.Length > 0)
        {
            return Path.GetFullPath(SeedsPath);
        }
        // Run from a clone: walk up from the binaries to the folder holding the solution.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(seeds, "gazetteer.json")))
            {
                return seeds;
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "seeds");
    }
}
