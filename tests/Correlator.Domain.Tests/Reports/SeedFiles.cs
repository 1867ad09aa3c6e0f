using System.Text.Json;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tests.Intake;

/// <summary>The repository's seeds (gazetteer and the 41 reports read out of the articles), found above the test binaries.</summary>
internal static class SeedFiles
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => Gazetteer.Parse(File.ReadAllText(PathOf("gazetteer.json"))));
    private static readonly Lazy<IReadOnlyList<Report>> LazyReports = new(() =>
        JsonSerializer.Deserialize<Report[]>(File.ReadAllText(PathOf("reports.json")), ReportJson.Options) ?? []);

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    public static IReadOnlyList<Report> Reports => LazyReports.Value;

    private static string PathOf(string file) => Path.Combine(Root.Value, "seeds", file);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Correlator.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Correlator.sln not found above " + AppContext.BaseDirectory);
    }
}
