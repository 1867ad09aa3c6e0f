using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace Correlator.Server.Tests.Reports;

public sealed class ReportsApiTests(UnseededServer server) : IClassFixture<UnseededServer>
{
    [Fact]
    public async Task Posting_a_report_answers_201_with_its_id_and_log_sequence_and_the_report_can_be_read_back()
    {
        var claim = SampleReports.Claim();

        using var response = await server.PostAsync(claim);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
        result.GetProperty("id").GetString().ShouldBe(claim.Id);
        result.GetProperty("outcome").GetString().ShouldBe("appended");
        var sequence = result.GetProperty("sequence").GetInt64();
        sequence.ShouldBeGreaterThan(0);

        var stored = await server.GetJsonAsync($"/api/reports/{claim.Id}");
        stored.GetProperty("sequence").GetInt64().ShouldBe(sequence);
        var report = stored.GetProperty("report").Deserialize<Report>(ReportJson.Options)!;
        report.ShouldBe(claim with { Source = report.Source });
        report.Source.ShouldBe(claim.Source);
    }

    [Fact]
    public async Task Posting_the_same_report_again_answers_200_with_the_same_sequence()
    {
        var claim = SampleReports.Claim();
        using var first = await server.PostAsync(claim);
        var firstSequence = await SequenceOf(first);

        using var again = await server.PostAsync(claim);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = (await again.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
        result.GetProperty("outcome").GetString().ShouldBe("duplicate");
        result.GetProperty("sequence").GetInt64().ShouldBe(firstSequence);
    }

    [Fact]
    public async Task Other_content_under_a_logged_id_answers_409_and_the_logged_report_stands()
    {
        var claim = SampleReports.Claim();
        using var first = await server.PostAsync(claim);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);

        using var conflicting = await server.PostAsync(claim with { WeaponCount = 5 });

        conflicting.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        conflicting.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await conflicting.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(409);
        problem.GetProperty("detail").GetString()!.ShouldContain(claim.Id);
        var stored = await server.GetJsonAsync($"/api/reports/{claim.Id}");
        stored.GetProperty("report").GetProperty("weaponCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_conflicting_id_in_a_batch_answers_409_with_each_items_outcome_and_the_others_are_logged()
    {
        var logged = SampleReports.Claim();
        (await server.PostAsync(logged)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var fresh = SampleReports.Claim(at: SampleReports.Evening.AddDays(-3));

        using var response = await server.PostAsync(new[] { fresh, logged with { WeaponCount = 5 } });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var outcomes = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("outcome").GetString());
        outcomes[fresh.Id].ShouldBe("appended");
        outcomes[logged.Id].ShouldBe("conflict");
        (await server.GetJsonAsync($"/api/reports/{fresh.Id}")).GetProperty("report").GetProperty("id").GetString().ShouldBe(fresh.Id);
    }

    [Fact]
    public async Task An_array_of_reports_is_logged_with_one_increasing_sequence_each()
    {
        var reports = Enumerable.Range(0, 5).Select(i => SampleReports.Claim(at: SampleReports.Evening.AddDays(-i))).ToArray();

        using var response = await server.PostAsync(reports);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        results.Select(r => r.GetProperty("id").GetString()).ShouldBe(reports.Select(r => r.Id));
        var sequences = results.Select(r => r.GetProperty("sequence").GetInt64()).ToList();
        sequences.ShouldBe(sequences.Order().Distinct());
    }

    [Fact]
    public async Task An_array_of_more_than_a_thousand_reports_is_refused_and_none_is_logged()
    {
        var reports = Enumerable.Range(0, 1001).Select(_ => SampleReports.Claim()).ToArray();

        using var response = await server.PostAsync(reports);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("body", out _).ShouldBeTrue();
        using var first = await server.Client.GetAsync($"/api/reports/{reports[0].Id}");
        first.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_thousand_reports_in_one_post_are_taken()
    {
        var reports = Enumerable.Range(0, 1000).Select(i => SampleReports.Claim(at: SampleReports.Evening.AddHours(-3 * i))).ToArray();

        using var response = await server.PostAsync(reports);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength().ShouldBe(1000);
    }

    [Fact]
    public async Task An_unknown_report_id_is_a_404_problem()
    {
        using var response = await server.Client.GetAsync("/api/reports/no-such-report");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_SQLite_file_is_in_WAL_mode()
    {
        using var posted = await server.PostAsync(SampleReports.Claim());
        posted.EnsureSuccessStatusCode();

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = server.StoragePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        ((string?)await command.ExecuteScalarAsync()).ShouldBe("wal");
    }

    [Theory]
    [InlineData("قاعدة عين الأسد")]
    [InlineData("عين الاسد")]
    [InlineData("قاعدة عين الأسد الجوية")]
    [InlineData("Ain al Asad")]
    public async Task A_base_named_by_an_alias_in_either_language_is_logged_under_its_gazetteer_id(string name)
    {
        var claim = SampleReports.Claim(@base: name);

        using var response = await server.PostAsync(claim);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var stored = await server.GetJsonAsync($"/api/reports/{claim.Id}");
        stored.GetProperty("report").GetProperty("base").GetString().ShouldBe("ain-al-asad");
    }

    [Fact]
    public async Task An_unknown_base_is_a_422_problem_listing_the_nearest_names()
    {
        using var response = await server.PostAsync(SampleReports.Claim(@base: "Ain al-Asadd Airfield"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("base", out _).ShouldBeTrue();
        var nearest = problem.GetProperty("nearest").GetProperty("base").EnumerateArray().Select(n => n.GetString()).ToList();
        nearest.ShouldNotBeEmpty();
        nearest.ShouldContain(n => n!.Contains("Asad", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<long> SequenceOf(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single().GetProperty("sequence").GetInt64();
    }
}
