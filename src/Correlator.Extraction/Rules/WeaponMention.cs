using Correlator.Domain.Reports;

namespace Correlator.Extraction.Rules;

/// <summary>A weapon named in folded text, with the count the words give (null for "several rockets").</summary>
public sealed record WeaponMention(int Start, int Length, Weapon Weapon, int? Count, string Rule);
