using Correlator.Domain.Entities;

namespace Correlator.Extraction.Tests.Support;

/// <summary>Finds the repository's seeds from the test binary, and loads the gazetteer once.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "gazetteer.json")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("seeds/gazetteer.json not found above the test binary.");
    });

    private static readonly Lazy<Gazetteer> SeedGazetteer = new(() => Gazetteer.Parse(File.ReadAllText(Seed("gazetteer.json"))));

    public static string Root => RootPath.Value;

    public static Gazetteer Gazetteer => SeedGazetteer.Value;

    public static string Seed(params string[] parts) => Path.Combine([Root, "seeds", .. parts]);
}
