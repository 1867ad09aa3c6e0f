using System.CommandLine;
using System.Text.Json;
using Correlator.Cli.Shared;
using Correlator.Domain.Reports;
using Correlator.Extraction;
using Correlator.Extraction.Input;
using Correlator.Extraction.Requests;
using Spectre.Console;

namespace Correlator.Cli.Extract;

/// <summary>correlator extract article.txt --published 2023-10-27 [--source "..."] [--json]</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("article") { Description = "The article as a UTF-8 text (or HTML) file." };
        var published = new Option<string?>("--published") { Description = "Publication date (2023-10-27, Iraq time); without it relative dates stay unresolved." };
        var source = new Option<string?>("--source") { Description = "Who published the article (defaults to the file name)." };
        var sourceType = new Option<SourceType>("--source-type") { Description = "media, official, armedGroup, ngo or other.", DefaultValueFactory = _ => SourceType.Media };
        var language = new Option<string?>("--language") { Description = "ar or en; guessed from the text when left out." };
        var json = new Option<bool>("--json") { Description = "Print the candidates as JSON (the POST /api/articles answer) instead of a table." };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "Path to gazetteer.json (default: seeds/gazetteer.json found above the current folder)." };
        var maxLength = new Option<int>("--max-length") { Description = "Refuse longer texts.", DefaultValueFactory = _ => new ExtractionOptions().MaxTextLength };
        var command = new Command("extract", "Read an article and print the reports it proposes.")
        {
            file, published, source, sourceType, language, json, gazetteer, maxLength,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No such file: {path.FullName}");
                return 1;
            }
            var (input, refusal) = ArticleCheck.Check(File.ReadAllText(path.FullName), parse.GetValue(language), parse.GetValue(maxLength));
            if (refusal is not null)
            {
                Console.Error.WriteLine($"Cannot read {path.Name}: {refusal.Field} {refusal.Reason}");
                return 1;
            }
            DateTimeOffset? publishedAt;
            try
            {
                publishedAt = PublishedDate.Parse(parse.GetValue(published));
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }
            var origin = new Source(parse.GetValue(source) ?? path.Name, parse.GetValue(sourceType), null, publishedAt);
            var extractor = new ArticleExtractor(GazetteerFile.Load(parse.GetValue(gazetteer)));
            var extraction = extractor.Extract(new Article(input!.Text, origin, input.Language, path.Name));
            var warnings = input.Warnings.Concat(extraction.Warnings).ToList();
            if (parse.GetValue(json))
            {
                var answer = new ArticleAnswer(extraction.Candidates, warnings, input.Changed ? input.Text : null);
                Console.WriteLine(JsonSerializer.Serialize(answer, Indented));
            }
            else
            {
                var console = AnsiConsole.Console;
                if (Console.IsOutputRedirected)
                {
                    // Piped to a file or a pager: no terminal width to respect, keep rows readable.
                    console.Profile.Width = 220;
                }
                CandidateTable.Write(console, extraction with { Warnings = warnings });
            }
            return 0;
        });
        return command;
    }

    private static readonly JsonSerializerOptions Indented = new(ReportJson.Options) { WriteIndented = true };
}
