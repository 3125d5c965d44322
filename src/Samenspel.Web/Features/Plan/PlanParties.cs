namespace Samenspel.Web.Features.Plan;

/// <summary>Someone who may have to agree to the plan: the youth, or a carer linked to the youth.</summary>
public sealed record Party(PlanParty Kind, string Name, CarerPosition? Position, Guid? UserId, Guid? CarerId);

/// <summary>One line of the agreement status: who, and their answer to this version (null: not yet).</summary>
public sealed record AgreementRow(Party Who, AgreementView? Answer);

/// <summary>The youth (when they have an account) and every carer linked to the youth.</summary>
public sealed record Parties(List<Party> Candidates)
{
    /// <summary>Those who must agree to the plan, in the order shown.</summary>
    public IEnumerable<Party> Required => Candidates.Where(PlanParties.MustAgree);
}

public static class PlanParties
{
    /// <summary>
    /// The party rule. The plan is signed (a legal requirement) by the youth themself and by every carer whose link
    /// to the youth holds parental authority: a parent with authority or a guardian. Staff do not sign, and neither do
    /// carers without authority, foster parents or step-parents: they may read the plan, but do not decide on it.
    /// Whether the viewer may read the plan at all is the access policy's answer, checked before this.
    /// </summary>
    public static bool MustAgree(Party party) =>
        party.Kind == PlanParty.Youth || party.Position?.HoldsAuthority() == true;

    /// <summary>The required party the signed-in viewer is, if any.</summary>
    public static Party? PartyOf(Viewer? viewer, Guid youthId, Parties parties) => viewer?.Kind switch
    {
        AccountKind.Youth when viewer.PersonId == youthId => parties.Required.FirstOrDefault(p => p.Kind == PlanParty.Youth && p.UserId == viewer.UserId),
        AccountKind.Carer => parties.Required.FirstOrDefault(p => p.Kind == PlanParty.Carer && p.CarerId == viewer.PersonId),
        _ => null,
    };

    public static async Task<Parties> LoadAsync(SamenspelDb db, Guid youthId, CancellationToken ct)
    {
        var youth = await db.Youths.AsNoTracking().Where(y => y.Id == youthId)
            .Select(y => new { Name = y.GivenName + " " + y.FamilyName, y.UserId }).SingleAsync(ct);
        var carers = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == youthId)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new Party(PlanParty.Carer, c.Name, l.Position, c.UserId, c.Id))
            .ToListAsync(ct);
        var candidates = new List<Party>();
        if (youth.UserId is { } userId) candidates.Add(new Party(PlanParty.Youth, youth.Name, null, userId, null));
        candidates.AddRange(carers.OrderBy(c => c.Name, StringComparer.CurrentCulture));
        return new Parties(candidates);
    }

    /// <summary>The answer a party gave to one version.</summary>
    public static AgreementView? AnswerOf(Party party, IEnumerable<AgreementView> agreements) =>
        agreements.FirstOrDefault(a => a.Party == party.Kind && (party.Kind == PlanParty.Youth ? a.UserId == party.UserId : a.CarerId == party.CarerId));

    /// <summary>
    /// The status of one version: every required party with their answer or none yet. For an older version
    /// (<paramref name="withMissing"/> false) only the answers given, including those of someone who is no longer a
    /// party, such as a parent whose authority ended. Whether each party agreed is the plan's standing and shown to
    /// all who read the plan; a comment is shown only as the policy's item rule allows (<see cref="AgreementView.CommentItem"/>):
    /// a carer does not read the other carer's comment.
    /// </summary>
    public static List<AgreementRow> Rows(Parties parties, IReadOnlyList<AgreementView> agreements, bool withMissing, AccessDecision decision)
    {
        var rows = withMissing
            ? parties.Required.Select(p => new AgreementRow(p, AnswerOf(p, agreements))).ToList()
            : [];
        foreach (var answer in agreements.Where(a => rows.All(r => r.Answer != a)))
        {
            var who = parties.Candidates.FirstOrDefault(p => AnswerOf(p, [answer]) is not null)
                      ?? new Party(answer.Party, "", null, answer.UserId, answer.CarerId);
            rows.Add(new AgreementRow(who, answer));
        }
        return rows.Select(r => r.Answer is { Comment: not null } a && !decision.Shows(a.CommentItem) ? r with { Answer = a with { Comment = null } } : r).ToList();
    }
}
