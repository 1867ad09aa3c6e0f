using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Server.Tests.BadInput;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.Gazetteer;

public sealed class GazetteerEditTests : IAsyncLifetime
{
    private static readonly BaseEntity Outpost = new(
        "al-waleed", "Al-Waleed Outpost", "قاعدة الوليد", ["Al Walid base"], Region.Iraq, 33.4, 38.9);

    private readonly CorrelatorServer server = new UnseededServer();

    public Task InitializeAsync() => server.StartAsync();

    public Task DisposeAsync() => server.DisposeAsync().AsTask();

    [Fact]
    public async Task An_operator_adds_a_base_and_an_alias_then_a_report_naming_it_by_the_alias_is_logged_under_its_id()
    {
        await AddOutpostWithAliasAsync();
        var claim = SampleReports.Claim(@base: "معسكر الوليد");

        using var response = await server.PostAsync(claim);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var stored = await server.GetJsonAsync($"/api/reports/{claim.Id}");
        stored.GetProperty("report").GetProperty("base").GetString().ShouldBe("al-waleed");
        var outpost = await server.GetJsonAsync("/api/bases/al-waleed");
        outpost.GetProperty("incidents").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_added_base_and_alias_survive_a_restart()
    {
        await AddOutpostWithAliasAsync();
        var claim = SampleReports.Claim(@base: "Al Walid base");
        (await server.PostAsync(claim)).EnsureSuccessStatusCode();

        await server.RestartAsync();

        (await server.GetJsonAsync("/api/bases")).EnumerateArray().Select(b => b.GetProperty("id").GetString()).ShouldContain("al-waleed");
        var outpost = await server.GetJsonAsync("/api/bases/al-waleed");
        outpost.GetProperty("base").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain("معسكر الوليد");
        outpost.GetProperty("incidents").GetArrayLength().ShouldBe(1);
        using var viaAlias = await server.PostAsync(SampleReports.Claim(@base: "معسكر الوليد", at: SampleReports.Evening.AddDays(3)));
        viaAlias.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_name_the_gazetteer_already_gives_another_base_is_refused_with_a_problem()
    {
        using var response = await server.Client.PostAsJsonAsync("/api/entities/aliases",
            new AliasEdit(EntityKind.Base, "harir", "عين الأسد"), ReportJson.Options);

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        ProblemText.ShouldNotLeakInternals(text, server.Folder);
    }

    [Fact]
    public async Task An_alias_for_an_unknown_base_is_refused_with_a_problem()
    {
        using var response = await server.Client.PostAsJsonAsync("/api/entities/aliases",
            new AliasEdit(EntityKind.Base, "no-such-base", "Nowhere"), ReportJson.Options);

        ((int)response.StatusCode).ShouldBe(400);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("/api/entities/bases", "{\"id\":\"x\",\"country\":\"iraq\"", "body")]
    [InlineData("/api/entities/bases", "{\"id\":\"x\",\"name\":\"X\",\"nameAr\":\"س\",\"aliases\":[],\"country\":\"mars\",\"latitude\":1,\"longitude\":2}", "country")]
    [InlineData("/api/entities/bases", "[]", "body")]
    [InlineData("/api/entities/aliases", "null", "body")]
    [InlineData("/api/entities/aliases", "{\"kind\":\"planet\",\"id\":\"harir\",\"alias\":\"x\"}", "kind")]
    public async Task An_edit_that_does_not_bind_is_refused_with_a_problem_naming_the_field(string path, string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync(path, content);

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field, text);
        ProblemText.ShouldNotLeakInternals(text, server.Folder);
    }

    [Fact]
    public async Task An_edit_that_is_not_sent_as_JSON_is_a_415_problem()
    {
        using var content = new StringContent("""{"kind":"base","id":"harir","alias":"x"}""", System.Text.Encoding.UTF8, "text/plain");

        using var response = await server.Client.PostAsync("/api/entities/aliases", content);

        ((int)response.StatusCode).ShouldBe(415);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    private async Task AddOutpostWithAliasAsync()
    {
        using var added = await server.Client.PostAsJsonAsync("/api/entities/bases", Outpost, ReportJson.Options);
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        using var alias = await server.Client.PostAsJsonAsync("/api/entities/aliases",
            new AliasEdit(EntityKind.Base, Outpost.Id, "معسكر الوليد"), ReportJson.Options);
        alias.StatusCode.ShouldBe(HttpStatusCode.Created, await alias.Content.ReadAsStringAsync());
    }
}
