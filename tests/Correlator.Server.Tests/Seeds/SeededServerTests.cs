using System.Net;
using System.Text.Json;
using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.Seeds;

/// <summary>What a newcomer sees on the first start: the seed reports loaded and reconciled.</summary>
public sealed class SeededServerTests(CorrelatorServer server) : IClassFixture<CorrelatorServer>
{
    [Fact]
    public async Task The_base_near_Erbil_airport_shows_the_outcome_conflict_between_the_claim_and_the_thwarted_attack()
    {
        var erbil = await server.GetJsonAsync("/api/bases/erbil-air-base");

        erbil.GetProperty("base").GetProperty("id").GetString().ShouldBe("erbil-air-base");
        var conflict = erbil.GetProperty("discrepancies").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "outcomeConflict");
        conflict.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        conflict.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("kind").GetString())
            .ShouldBe(["claim", "officialIncident"], ignoreOrder: true);
        erbil.GetProperty("incidents").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_base_is_found_by_its_Arabic_name_too()
    {
        var erbil = await server.GetJsonAsync($"/api/bases/{Uri.EscapeDataString("مطار أربيل")}");

        erbil.GetProperty("base").GetProperty("id").GetString().ShouldBe("erbil-air-base");
    }

    [Fact]
    public async Task The_theatre_attack_series_holds_the_92_attacks_figure_and_a_reconciled_estimate()
    {
        var series = await server.GetJsonAsync("/api/tallies?region=all");

        var attacks = series.EnumerateArray().Single(s => s.GetProperty("metric").GetString() == "attacks");
        attacks.GetProperty("region").GetString().ShouldBe("all");
        var figures = attacks.GetProperty("observations").EnumerateArray()
            .Select(o => (Value: o.GetProperty("value").GetInt32(), Qualifier: o.GetProperty("qualifier").GetString())).ToList();
        figures.ShouldContain((92, "exact"));
        figures.ShouldContain((60, "moreThan"));
        var estimate = attacks.GetProperty("estimate");
        estimate.GetProperty("low").GetInt32().ShouldBeGreaterThanOrEqualTo(61);
        estimate.GetProperty("best").GetInt32().ShouldBe(92);
        estimate.GetProperty("rule").GetString().ShouldNotBeNullOrWhiteSpace();
        attacks.GetProperty("logged").GetProperty("incidents").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Every_region_has_its_series_when_no_region_is_asked_for()
    {
        var series = await server.GetJsonAsync("/api/tallies");

        series.EnumerateArray().Select(s => s.GetProperty("region").GetString()).Distinct()
            .ShouldBe(["iraq", "syria", "all"], ignoreOrder: true);
    }

    [Fact]
    public async Task Discrepancies_are_listed_in_increasing_sequence_and_after_skips_the_earlier_ones()
    {
        var all = (await server.GetJsonAsync("/api/discrepancies")).EnumerateArray().ToList();

        all.Count.ShouldBeGreaterThan(3);
        var sequences = all.Select(d => d.GetProperty("sequence").GetInt64()).ToList();
        sequences.ShouldBe(sequences.Order().Distinct());
        all.Select(d => d.GetProperty("kind").GetString()).ShouldContain("outcomeConflict");
        all.Select(d => d.GetProperty("kind").GetString()).ShouldContain("tallyGap");
        all.ShouldAllBe(d => d.GetProperty("summary").GetString()!.Length > 0);

        var middle = sequences[sequences.Count / 2];
        var later = (await server.GetJsonAsync($"/api/discrepancies?after={middle}")).EnumerateArray()
            .Select(d => d.GetProperty("sequence").GetInt64()).ToList();
        later.ShouldBe(sequences.Where(s => s > middle));
    }

    [Fact]
    public async Task Filtering_by_status_keeps_only_discrepancies_in_that_state()
    {
        var open = (await server.GetJsonAsync("/api/discrepancies?status=open")).EnumerateArray().ToList();
        var resolved = (await server.GetJsonAsync("/api/discrepancies?status=resolved")).EnumerateArray().ToList();

        open.ShouldNotBeEmpty();
        open.ShouldAllBe(d => d.GetProperty("status").GetString() == "open" || d.GetProperty("status").GetString() == "updated");
        resolved.ShouldAllBe(d => d.GetProperty("status").GetString() == "resolved");
    }

    [Fact]
    public async Task A_group_shows_its_claims_and_the_attributions_to_it()
    {
        var group = await server.GetJsonAsync("/api/groups/kataib-hezbollah");

        group.GetProperty("group").GetProperty("id").GetString().ShouldBe("kataib-hezbollah");
        group.GetProperty("group").GetProperty("nameAr").GetString().ShouldBe("كتائب حزب الله");
        group.GetProperty("attributions").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_lists_of_bases_and_groups_cover_the_gazetteer()
    {
        var bases = await server.GetJsonAsync("/api/bases");
        var groups = await server.GetJsonAsync("/api/groups");

        bases.EnumerateArray().Select(b => b.GetProperty("id").GetString()).ShouldContain("ain-al-asad");
        bases.EnumerateArray().Single(b => b.GetProperty("id").GetString() == "erbil-air-base")
            .GetProperty("openDiscrepancies").GetInt32().ShouldBeGreaterThan(0);
        groups.EnumerateArray().Select(g => g.GetProperty("id").GetString()).ShouldContain("islamic-resistance-in-iraq");
    }

    [Fact]
    public async Task Health_reports_ok_with_the_last_event_sequence()
    {
        var health = await server.GetJsonAsync("/healthz");

        health.GetProperty("status").GetString().ShouldBe("ok");
        health.GetProperty("lastSequence").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_report_and_read_endpoints()
    {
        using var response = await server.Client.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/reports");
        paths.ShouldContain("/api/reports/{id}");
        paths.ShouldContain("/api/bases/{id}");
        paths.ShouldContain("/api/tallies");
        paths.ShouldContain("/api/discrepancies");
        paths.ShouldContain("/healthz");
    }

    [Fact]
    public async Task A_seed_report_can_be_read_back_with_its_Arabic_quote()
    {
        var stored = await server.GetJsonAsync("/api/reports/seed-001-erbil-claim-2023-10-26");

        stored.GetProperty("enteredBy").GetString().ShouldBe("seeds");
        stored.GetProperty("report").GetProperty("quote").GetString()!.ShouldContain("أربيل");
    }
}
