using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Access;
using Samenspel.Domain.Register;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;

namespace Samenspel.Web.Access;

/// <summary>The outcome of one access check. <see cref="Known"/> is false when the viewer has no relation to the
/// youth at all: such requests answer 404, so that a refusal does not even confirm the youth exists.</summary>
public sealed record YouthAccessResult(AccessDecision Decision, bool Known)
{
    public bool Allowed => Decision.Allowed;
}

/// <summary>
/// The one gate to a youth's data. It builds the viewer's relation from the register, asks the pure
/// <see cref="AccessPolicy"/>, and writes the audit event for every read and every refusal. Pages, the FHIR API
/// and exports all come through here; see Access/README.md.
/// </summary>
public sealed class YouthAccess(SamenspelDb db, IHttpContextAccessor http, TimeProvider clock)
{
    sealed record Facts(Guid YouthId, DateOnly BirthDate, Relation Relation, bool Shielded);

    public Viewer? Viewer => Viewer.From(http.HttpContext?.User);

    DateOnly Today => Age.DutchDate(clock.GetUtcNow());

    /// <summary>Checks one youth and one category, and audits reads and refusals (successful writes are audited
    /// by the save hook).</summary>
    public async Task<YouthAccessResult> CheckAsync(Guid youthId, DataCategory category, AccessAction action, CancellationToken ct = default)
    {
        var facts = (await FactsAsync(db.Youths.Where(y => y.Id == youthId), category, ct)).SingleOrDefault();
        var result = facts is null
            ? new YouthAccessResult(AccessDecision.Deny("no relation to this youth"), false)
            : new YouthAccessResult(Decide(facts, category, action), facts.Relation is not Relation.None);
        if (action == AccessAction.Read || !result.Allowed)
        {
            Record(youthId, category, action == AccessAction.Read ? AuditAction.Read : AuditAction.Update,
                result.Allowed, facts?.Relation);
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    /// <summary>The youths whose <paramref name="category"/> the viewer may read, with the decision for each,
    /// ordered by name. Every returned youth is audited as read.</summary>
    public async Task<IReadOnlyList<(Guid YouthId, AccessDecision Decision)>> ReadableAsync(
        DataCategory category, Func<IQueryable<Youth>, IQueryable<Youth>>? narrow = null, int take = 500, CancellationToken ct = default)
    {
        var candidates = db.Youths.AsQueryable();
        if (narrow is not null) candidates = narrow(candidates);
        var facts = await FactsAsync(candidates.OrderBy(y => y.FamilyName).ThenBy(y => y.GivenName), category, ct);
        var readable = facts
            .Select(f => (f.YouthId, Decision: Decide(f, category, AccessAction.Read), f.Relation))
            .Where(x => x.Decision.Allowed)
            .Take(take)
            .ToList();
        foreach (var (youthId, _, relation) in readable)
            Record(youthId, category, AuditAction.Read, true, relation);
        if (readable.Count > 0) await db.SaveChangesAsync(ct);
        return readable.Select(x => (x.YouthId, x.Decision)).ToList();
    }

    AccessDecision Decide(Facts f, DataCategory category, AccessAction action) =>
        AccessPolicy.Decide(new AccessQuery(f.Relation, Age.BandOn(f.BirthDate, Today), category, action, f.Shielded));

    /// <summary>Loads, in one query, how the viewer relates to each candidate youth. Only youths the viewer
    /// has some relation with come back, so the policy runs on a small set.</summary>
    async Task<List<Facts>> FactsAsync(IQueryable<Youth> youths, DataCategory category, CancellationToken ct)
    {
        var viewer = Viewer;
        if (viewer is null) return [];
        switch (viewer.Kind)
        {
            case AccountKind.Youth:
                return (await youths.Where(y => y.Id == viewer.PersonId).Select(y => new { y.Id, y.BirthDate }).ToListAsync(ct))
                    .Select(y => new Facts(y.Id, y.BirthDate, new Relation.Self(), false)).ToList();

            case AccountKind.Carer:
                var links = await youths
                    .Join(db.CarerLinks.Where(l => l.CarerId == viewer.PersonId), y => y.Id, l => l.YouthId, (y, l) => new
                    {
                        y.Id, y.BirthDate, l.Position, l.AuthoritySince, l.CourtAppointed,
                        Shielded = db.CategoryShields.Any(s => s.YouthId == y.Id && s.CarerId == viewer.PersonId && s.ShieldedCategory == category),
                    })
                    .ToListAsync(ct);
                return links.Select(l => new Facts(l.Id, l.BirthDate, new Relation.Carer(l.Position, l.AuthoritySince, l.CourtAppointed), l.Shielded)).ToList();

            default:
                var isAdmin = viewer.StaffRole == StaffRole.Administrator;
                var isLead = viewer.StaffRole == StaffRole.TeamLead && viewer.TeamId is not null;
                var staff = await youths
                    .Where(y => y.OrganisationId == viewer.OrganisationId)
                    .Select(y => new
                    {
                        y.Id, y.BirthDate,
                        Role = db.CareTeamMembers.Where(m => m.YouthId == y.Id && m.StaffMemberId == viewer.PersonId).Select(m => (StaffRole?)m.Role).FirstOrDefault(),
                        Leads = isLead && db.Trajectories.Any(t => t.YouthId == y.Id && t.TeamId == viewer.TeamId),
                    })
                    .Where(y => isAdmin || y.Leads || y.Role != null)
                    .ToListAsync(ct);
                return staff.Select(s => new Facts(s.Id, s.BirthDate, new Relation.Staff(s.Role, s.Leads, isAdmin), false)).ToList();
        }
    }

    void Record(Guid youthId, DataCategory category, AuditAction action, bool allowed, Relation? relation)
    {
        var viewer = Viewer;
        var scope = db.AuditScope;
        db.AuditEvents.Add(new AuditEvent
        {
            OrganisationId = viewer?.OrganisationId ?? scope.OrganisationId ?? Guid.Empty,
            OccurredAt = clock.GetUtcNow(),
            EventType = category.ToString(),
            Action = action,
            Outcome = allowed ? AuditOutcome.Success : AuditOutcome.Denied,
            UserId = viewer?.UserId,
            Role = RoleName(relation, viewer),
            Client = scope.Client,
            IpAddress = scope.IpAddress,
            YouthId = youthId,
            PreviousHash = "",
            Hash = "",
        });
    }

    static string? RoleName(Relation? relation, Viewer? viewer) => relation switch
    {
        Relation.Self => "Youth",
        Relation.Carer c => c.CourtAppointed ? "CourtAppointed" : c.Position.ToString(),
        Relation.Staff { CareTeamRole: { } role } => role.ToString(),
        _ => viewer?.StaffRole?.ToString() ?? viewer?.Kind.ToString(),
    };
}
