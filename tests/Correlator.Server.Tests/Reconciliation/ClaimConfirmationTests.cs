using System.Text.Json;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.Reconciliation;

public sealed class ClaimConfirmationTests(UnseededServer server) : IClassFixture<UnseededServer>
{
    [Fact]
    public async Task An_official_statement_confirming_a_claim_resolves_the_unconfirmed_claim()
    {
        var claim = SampleReports.Claim(@base: "al-tanf");
        var beforeClaim = await server.LastSequenceAsync();
        (await server.PostAsync(claim)).EnsureSuccessStatusCode();

        var raised = await Unconfirmed("al-tanf", beforeClaim);
        raised.GetProperty("status").GetString().ShouldBe("open");
        raised.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain(claim.Id);

        var beforeConfirmation = await server.LastSequenceAsync();
        (await server.PostAsync(SampleReports.OfficialConfirmation(@base: "al-tanf"))).EnsureSuccessStatusCode();

        var settled = await Unconfirmed("al-tanf", beforeConfirmation);
        settled.GetProperty("id").GetString().ShouldBe(raised.GetProperty("id").GetString());
        settled.GetProperty("status").GetString().ShouldBe("resolved");
        settled.GetProperty("sequence").GetInt64().ShouldBeGreaterThan(raised.GetProperty("sequence").GetInt64());
        (await server.GetJsonAsync("/api/discrepancies?status=resolved")).EnumerateArray()
            .Select(d => d.GetProperty("id").GetString()).ShouldContain(raised.GetProperty("id").GetString());
        (await server.GetJsonAsync("/api/discrepancies?status=open")).EnumerateArray()
            .Select(d => d.GetProperty("id").GetString()).ShouldNotContain(raised.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_confirmed_claim_and_the_statement_make_one_incident_at_the_base()
    {
        (await server.PostAsync(new[]
        {
            SampleReports.Claim(@base: "tower-22"),
            SampleReports.OfficialConfirmation(@base: "tower-22"),
        })).EnsureSuccessStatusCode();

        var tower = await server.GetJsonAsync("/api/bases/tower-22");

        var incident = tower.GetProperty("incidents").EnumerateArray().Single();
        incident.GetProperty("claimed").GetBoolean().ShouldBeTrue();
        incident.GetProperty("confirmed").GetBoolean().ShouldBeTrue();
        tower.GetProperty("discrepancies").EnumerateArray()
            .ShouldNotContain(d => d.GetProperty("kind").GetString() == "unconfirmedClaim");
    }

    [Fact]
    public async Task An_official_account_that_the_attack_was_thwarted_raises_an_outcome_conflict_with_the_claim()
    {
        var claim = SampleReports.Claim(@base: "harir");
        var thwarted = SampleReports.OfficialConfirmation(@base: "harir") with
        {
            Outcome = Domain.Reports.Outcome.Intercepted,
            Quote = "The drones were shot down before they reached the base.",
        };
        var before = await server.LastSequenceAsync();

        (await server.PostAsync(new[] { claim, thwarted })).EnsureSuccessStatusCode();

        var changed = (await server.GetJsonAsync($"/api/discrepancies?after={before}")).EnumerateArray().ToList();
        var conflict = changed.Single(d => d.GetProperty("kind").GetString() == "outcomeConflict");
        conflict.GetProperty("subject").GetProperty("base").GetString().ShouldBe("harir");
        conflict.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .ShouldBe([claim.Id, thwarted.Id], ignoreOrder: true);
    }

    private async Task<JsonElement> Unconfirmed(string baseId, long after) =>
        (await server.GetJsonAsync($"/api/discrepancies?after={after}")).EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "unconfirmedClaim"
                && d.GetProperty("subject").GetProperty("base").GetString() == baseId);
}
