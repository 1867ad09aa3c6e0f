using System.Text.Json;
using Correlator.Domain.Reports;

namespace Correlator.Server.Seeding;

/// <summary>The gazetteer and the reports read out of the five source articles, shipped in seeds/.</summary>
public sealed record SeedFiles(string Folder)
{
    public string GazetteerJson() => File.ReadAllText(Path.Combine(Folder, "gazetteer.json"));

    public IReadOnlyList<Report> Reports()
    {
        var path = Path.Combine(Folder, "reports.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<Report[]>(File.ReadAllText(path), ReportJson.Options) ?? [] : [];
    }
}
