using Correlator.Domain.Entities;
using Correlator.Domain.Tests.Entities;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing POST /api/entities: a group posted without an id was refused with "Value cannot be null. (Parameter
/// 'key')" (the id was used as a dictionary key before the entity was checked), and an alias for an unknown base with
/// "There is no base 'nope'. (Parameter 'id')": .NET's wording, which the API passes on as the reason.
/// </summary>
public sealed class A_refused_gazetteer_edit_says_what_is_wrong_in_the_users_words
{
    [Theory]
    [InlineData(EntityEdits.GroupKind, "{}", "the id must be")]
    [InlineData(EntityEdits.BaseKind, """{"name":"Camp Test","nameAr":"معسكر","country":"iraq","latitude":33,"longitude":44}""", "the id must be")]
    [InlineData(EntityEdits.AliasKind, """{"kind":"base","id":"nope","alias":"Camp Nope"}""", "There is no base 'nope'")]
    [InlineData(EntityEdits.AliasKind, """{"kind":"group","id":"nope","alias":"Nope Brigades"}""", "There is no group 'nope'")]
    public void The_reason_is_a_plain_argument_error_naming_the_rule(string kind, string json, string reason)
    {
        var refused = Should.Throw<Exception>(() => EntityEdits.Apply(SeedGazetteer.Instance, kind, json));

        refused.ShouldBeOfType<ArgumentException>();
        refused.Message.ShouldContain(reason);
        refused.Message.ShouldNotContain("(Parameter");
    }
}
