using Correlator.Domain.Entities;

namespace Correlator.Cli.Shared;

/// <summary>Finds seeds/gazetteer.json: the path given, else walking up from the current folder, then from the binary.</summary>
public static class GazetteerFile
{
    public static Gazetteer Load(string? path)
    {
        var found = path ?? Find(Environment.CurrentDirectory) ?? Find(AppContext.BaseDirectory)
            ?? throw new FileNotFoundException("seeds/gazetteer.json was not found above the current folder or the binary; pass --gazetteer.");
        return Gazetteer.Parse(File.ReadAllText(found));
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "gazetteer.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
