using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Correlator.Cli.Shared;
using Correlator.Domain.Reports;
using Correlator.Extraction.Requests;

namespace Correlator.Cli.Post;

/// <summary>
/// correlator post --server http://127.0.0.1:5080 reports.json|article.txt [--article] [--api-key K]: a .json file
/// goes to /api/reports as it is; a text file (or any file with --article) goes to /api/articles.
/// </summary>
public static class PostCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "reports.json (one report or an array) or an article text." };
        var server = new Option<string>("--server") { Description = "The Correlator server.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var article = new Option<bool>("--article") { Description = "Send the file as an article even if it ends in .json." };
        var ingest = new Option<bool>("--ingest") { Description = "For an article: ingest the confident candidates (?ingest=true)." };
        var published = new Option<string?>("--published") { Description = "For an article: its publication date." };
        var source = new Option<string?>("--source") { Description = "For an article: who published it (defaults to the file name)." };
        var apiKey = new Option<string?>("--api-key") { Description = "Sent as the X-Api-Key header." };
        var command = new Command("post", "Send reports or an article to a running server.")
        {
            file, server, article, ingest, published, source, apiKey,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No such file: {path.FullName}");
                return 1;
            }
            var asArticle = parse.GetValue(article) || !path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
            string body;
            string route;
            try
            {
                var text = await File.ReadAllTextAsync(path.FullName, cancellationToken);
                if (asArticle)
                {
                    var origin = new Source(parse.GetValue(source) ?? path.Name, SourceType.Media, null, PublishedDate.Parse(parse.GetValue(published)));
                    body = JsonSerializer.Serialize(new ArticleRequest(text, origin, Name: path.Name), ReportJson.Options);
                    route = parse.GetValue(ingest) ? "api/articles?ingest=true" : "api/articles";
                }
                else
                {
                    (body, route) = (text, "api/reports");
                }
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }
            if (!Uri.TryCreate(parse.GetRequiredValue(server), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"--server '{parse.GetValue(server)}' is not an http(s) address such as http://127.0.0.1:5080.");
                return 1;
            }
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            if (parse.GetValue(apiKey) is { } key)
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", key);
            }
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            try
            {
                using var response = await client.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                (response.IsSuccessStatusCode ? Console.Out : Console.Error).WriteLine($"{(int)response.StatusCode} {response.ReasonPhrase}\n{answer}");
                return response.IsSuccessStatusCode ? 0 : 2;
            }
            catch (HttpRequestException ex)
            {
                Console.Error.WriteLine($"Could not reach {client.BaseAddress}: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
