using Correlator.Domain.Entities;

namespace Correlator.Domain.Tests.Entities;

/// <summary>The real seeds/gazetteer.json, found by walking up from the test binaries to the repository root.</summary>
internal static class SeedGazetteer
{
    private static readonly Lazy<string> LazyJson = new(Read);
    private static readonly Lazy<Gazetteer> LazyInstance = new(() => Gazetteer.Parse(LazyJson.Value));

    public static string Json => LazyJson.Value;

    public static Gazetteer Instance => LazyInstance.Value;

    private static string Read()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "seeds", "gazetteer.json");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }
        throw new FileNotFoundException("seeds/gazetteer.json was not found above " + AppContext.BaseDirectory);
    }
}
