namespace Samenspel.Web.Access;

/// <summary>The outcome of one access check. <see cref="Known"/> is false when the viewer has no relation to the
/// youth at all: such requests answer 404, so that a refusal does not even confirm the youth exists.</summary>
public sealed record YouthAccessResult(AccessDecision Decision, bool Known)
{
    public bool Allowed => Decision.Allowed;
    /// <summary>How the viewer relates to the youth, for the role on the audit row.</summary>
    internal Relation? Relation { get; init; }
}

/// <summary>
/// The one gate to a youth's data. It builds the viewer's relation from the register, asks the pure
/// <see cref="AccessPolicy"/>, and writes the audit event for every read and every refusal. Pages, the FHIR API
/// and exports all come through here; see Access/README.md.
/// </summary>
public sealed class YouthAccess(SamenspelDb db, IHttpContextAccessor http, TimeProvider clock, AuditWriter audit)
{
    sealed record Facts(Guid YouthId, DateOnly BirthDate, Relation Relation, IReadOnlyCollection<DataCategory> Shielded, string SortName = "");

    public Viewer? Viewer => Viewer.From(http.HttpContext?.User);

    DateOnly Today => clock.DutchToday();

    /// <summary>Which of a youth's alliance measurements a decision on AllianceAnswers shows: all of them, or, for
    /// a behavioural scientist who reads through supervision, only those shared with the viewer. Every page and
    /// endpoint that lists measurements or responses applies this, so a share of one measurement never opens the
    /// others. One youth's pages get it on their grant (<see cref="YouthGrant.ShowsMeasurement"/>); lists over many
    /// youths (FHIR searches) ask here.</summary>
    public async Task<Func<Guid, bool>> MeasurementFilterAsync(Guid youthId, AccessDecision decision, CancellationToken ct = default)
    {
        if (!decision.OnlySharedForSupervision) return _ => decision.Allowed;
        var viewer = Viewer?.PersonId;
        var shared = (await db.SupervisionShares.Where(s => s.YouthId == youthId && s.ScientistId == viewer)
            .Select(s => s.MeasurementId).ToListAsync(ct)).ToHashSet();
        return id => decision.ShowsMeasurement(shared.Contains(id));
    }

    /// <summary>The decisions on several asks for one youth from one query of the register, without an audit row. Only
    /// <see cref="YouthDataFilter"/> (pages) and <c>FhirAccess.ForYouth</c> (FHIR) call it, once per request, and then
    /// audit with <see cref="AuditAsync"/> what is shown, so a category the viewer never tried to open leaves no
    /// (refused) row in the access log.</summary>
    internal async Task<IReadOnlyList<YouthAccessResult>> ProbeManyAsync(Guid youthId, IReadOnlyList<(DataCategory Category, AccessAction Action)> asks, CancellationToken ct = default)
    {
        var facts = (await FactsAsync(db.Youths.Where(y => y.Id == youthId), ct)).SingleOrDefault();
        return asks.Select(a => facts is null
            ? new YouthAccessResult(AccessDecision.Deny("no relation to this youth"), false)
            : new YouthAccessResult(Decide(facts, a.Category, a.Action), facts.Relation is not Relation.None) { Relation = facts.Relation }).ToList();
    }

    /// <summary>Writes the audit rows for probed asks that were then shown or attempted: every read and every
    /// refusal (successful writes are audited by the save hook). A page that checked a write and then shows the data
    /// it edits (an edit form) audits that showing here as a Read with its write check's result.</summary>
    internal async Task AuditAsync(Guid youthId, IReadOnlyList<(DataCategory Category, AccessAction Action, YouthAccessResult Result)> done, CancellationToken ct = default, AuditObject? shown = null)
    {
        await audit.WriteAsync(done.Where(d => d.Action == AccessAction.Read || !d.Result.Allowed)
            .Select(d => Record(youthId, d.Category, d.Action == AccessAction.Read ? AuditAction.Read : AuditAction.Update, d.Result.Allowed, d.Result.Relation, d.Result.Decision.BreakGlass, shown))
            .ToList(), ct);
    }

    /// <summary>Link decisions for a list of youths in one query, e.g. whether to offer a link on each row of
    /// a caseload. No audit event; the action behind the link checks again.</summary>
    public async Task<IReadOnlySet<Guid>> MayManyAsync(IReadOnlyCollection<Guid> youthIds, DataCategory category, AccessAction action, CancellationToken ct = default) =>
        (await MayManyAsync(youthIds, [(category, action)], ct))[0];

    /// <summary>Several link decisions for a list of youths from one query of the register: per ask, the youths for
    /// which it is allowed. No audit event; the page behind each link checks again.</summary>
    public async Task<IReadOnlyList<IReadOnlySet<Guid>>> MayManyAsync(IReadOnlyCollection<Guid> youthIds,
        IReadOnlyList<(DataCategory Category, AccessAction Action)> asks, CancellationToken ct = default)
    {
        var ids = youthIds.Distinct().ToList();
        var facts = ids.Count == 0 ? [] : await FactsAsync(db.Youths.Where(y => ids.Contains(y.Id)), ct);
        return asks.Select(a => (IReadOnlySet<Guid>)facts.Where(f => Decide(f, a.Category, a.Action).Allowed).Select(f => f.YouthId).ToHashSet()).ToList();
    }

    /// <summary>The youths whose <paramref name="category"/> the viewer may read, with the decision for each,
    /// ordered by name. Every returned youth is audited as read.</summary>
    public async Task<IReadOnlyList<(Guid YouthId, AccessDecision Decision)>> ReadableAsync(
        DataCategory category, Func<IQueryable<Youth>, IQueryable<Youth>>? narrow = null, int take = 500, CancellationToken ct = default)
    {
        var candidates = db.Youths.AsQueryable();
        if (narrow is not null) candidates = narrow(candidates);
        var facts = await FactsAsync(candidates, ct);
        var readable = facts
            .OrderBy(f => f.SortName, StringComparer.CurrentCulture)
            .Select(f => (f.YouthId, Decision: Decide(f, category, AccessAction.Read), f.Relation))
            .Where(x => x.Decision.Allowed)
            .Take(take)
            .ToList();
        await audit.WriteAsync(readable.Select(r => Record(r.YouthId, category, AuditAction.Read, true, r.Relation, r.Decision.BreakGlass, null)).ToList(), ct);
        return readable.Select(x => (x.YouthId, x.Decision)).ToList();
    }

    /// <summary>One person on the family side: a carer (<see cref="Party"/> Carer, <see cref="Id"/> the carer's id) or
    /// the youth (Id the youth's id). <see cref="Email"/> is where mail goes, if anywhere.</summary>
    public sealed record FamilyMember(Guid Id, FamilyParty Party, string Name, string? Email, CarerPosition? Position, bool CourtAppointed)
    {
        public bool Represents => Party == FamilyParty.Carer && (Position?.HoldsAuthority() == true || CourtAppointed);
    }

    /// <summary>The youth and the carers whom the policy lets <paramref name="action"/> the <paramref name="category"/>,
    /// each decided as if they were the viewer (their own relation, shields and the youth's age today): for choosing
    /// whom a message may be addressed to and whom a mail or a notice may reach. Not audited: it reads nothing of the
    /// youth's data, and what is then sent is audited where it is written.</summary>
    public async Task<IReadOnlyList<FamilyMember>> FamilyWhoMayAsync(Guid youthId, DataCategory category, AccessAction action, CancellationToken ct = default)
    {
        var youth = await db.Youths.AsNoTracking().Where(y => y.Id == youthId)
            .Select(y => new { y.Id, y.GivenName, y.FamilyName, y.BirthDate, y.Email, UserEmail = db.Users.Where(u => u.Id == y.UserId).Select(u => u.Email).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        if (youth is null) return [];
        var band = Age.BandOn(youth.BirthDate, Today);
        var links = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == youthId)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new
            {
                c.Id, c.Name, c.Email, l.Position, l.AuthoritySince, l.CourtAppointed,
                Shielded = db.CategoryShields.Any(s => s.YouthId == youthId && s.CarerId == c.Id && s.ShieldedCategory == category),
            })
            .OrderBy(x => x.Name).ToListAsync(ct);
        var members = links
            .Where(l => AccessPolicy.Decide(new AccessQuery(new Relation.Carer(l.Position, l.AuthoritySince, l.CourtAppointed, l.Id), band, category, action, l.Shielded)).Allowed)
            .Select(l => new FamilyMember(l.Id, FamilyParty.Carer, l.Name, l.Email, l.Position, l.CourtAppointed))
            .ToList();
        if (AccessPolicy.Decide(new AccessQuery(new Relation.Self(), band, category, action)).Allowed)
            members.Add(new FamilyMember(youth.Id, FamilyParty.Youth, $"{youth.GivenName} {youth.FamilyName}", youth.Email ?? youth.UserEmail, null, false));
        return members;
    }

    AccessDecision Decide(Facts f, DataCategory category, AccessAction action) =>
        AccessPolicy.Decide(new AccessQuery(f.Relation, Age.BandOn(f.BirthDate, Today), category, action, f.Shielded.Contains(category)));

    /// <summary>Loads, in one query, how the viewer relates to each candidate youth. Only youths the viewer
    /// has some relation with come back, so the policy runs on a small set.</summary>
    async Task<List<Facts>> FactsAsync(IQueryable<Youth> youths, CancellationToken ct)
    {
        var viewer = Viewer;
        if (viewer is null) return [];
        switch (viewer.Kind)
        {
            case AccountKind.Youth:
                return (await youths.Where(y => y.Id == viewer.PersonId).Select(y => new { y.Id, y.BirthDate }).ToListAsync(ct))
                    .Select(y => new Facts(y.Id, y.BirthDate, new Relation.Self(), [])).ToList();

            case AccountKind.Carer:
                var links = await youths
                    .Join(db.CarerLinks.Where(l => l.CarerId == viewer.PersonId), y => y.Id, l => l.YouthId, (y, l) => new
                    {
                        y.Id, y.BirthDate, y.FamilyName, y.GivenName, l.Position, l.AuthoritySince, l.CourtAppointed,
                        Shielded = db.CategoryShields.Where(s => s.YouthId == y.Id && s.CarerId == viewer.PersonId).Select(s => s.ShieldedCategory).ToList(),
                    })
                    .ToListAsync(ct);
                return links.Select(l => new Facts(l.Id, l.BirthDate, new Relation.Carer(l.Position, l.AuthoritySince, l.CourtAppointed, viewer.PersonId), l.Shielded,
                    $"{l.FamilyName} {l.GivenName}")).ToList();

            default:
                var isAdmin = viewer.StaffRole == StaffRole.Administrator;
                var now = clock.GetUtcNow();
                var isLead = viewer.StaffRole == StaffRole.TeamLead && viewer.TeamId is not null;
                var scoped = youths;
                if (isAdmin) scoped = scoped.Where(y => y.OrganisationId == viewer.OrganisationId);
                else
                {
                    // Start from the viewer's own care-team rows (and team), not from the whole organisation: with
                    // many youths SQLite would otherwise walk every youth to find a mentor's dozen (bench/README.md).
                    var related = db.CareTeamMembers.Where(m => m.StaffMemberId == viewer.PersonId).Select(m => m.YouthId)
                        .Concat(db.SupervisionShares.Where(s => s.ScientistId == viewer.PersonId).Select(s => s.YouthId))
                        .Concat(db.EmergencyAccesses.Where(g => g.StaffMemberId == viewer.PersonId && g.Until > now).Select(g => g.YouthId));
                    if (isLead) related = related.Concat(db.Trajectories.Where(t => t.TeamId == viewer.TeamId).Select(t => t.YouthId));
                    scoped = scoped.Where(y => related.Contains(y.Id));
                }
                var staff = await scoped
                    .Select(y => new
                    {
                        y.Id, y.BirthDate, y.FamilyName, y.GivenName, y.OrganisationId,
                        Role = db.CareTeamMembers.Where(m => m.YouthId == y.Id && m.StaffMemberId == viewer.PersonId).Select(m => (StaffRole?)m.Role).FirstOrDefault(),
                        Leads = isLead && db.Trajectories.Any(t => t.YouthId == y.Id && t.TeamId == viewer.TeamId),
                        Shared = db.SupervisionShares.Any(s => s.YouthId == y.Id && s.ScientistId == viewer.PersonId),
                        Emergency = db.EmergencyAccesses.Any(g => g.YouthId == y.Id && g.StaffMemberId == viewer.PersonId && g.From <= now && g.Until > now),
                    })
                    .ToListAsync(ct);
                // The organisation is checked here rather than in SQL, so that SQLite drives the query from the
                // care-team index instead of scanning the organisation's youths.
                return staff.Where(s => s.OrganisationId == viewer.OrganisationId).Select(s => new Facts(s.Id, s.BirthDate, new Relation.Staff(s.Role, s.Leads, isAdmin, s.Shared, s.Emergency), [], $"{s.FamilyName} {s.GivenName}")).ToList();
        }
    }

    AuditEvent Record(Guid youthId, DataCategory category, AuditAction action, bool allowed, Relation? relation, bool breakGlass, AuditObject? shown) =>
        db.NewAuditEvent(category.ToString(), action, allowed ? AuditOutcome.Success : AuditOutcome.Denied,
            organisationId: Viewer?.OrganisationId, role: RoleName(relation, Viewer), youthId: youthId,
            objectType: shown?.Type, objectId: shown?.Id, emergency: breakGlass);

    static string? RoleName(Relation? relation, Viewer? viewer) => relation switch
    {
        Relation.Self => "Youth",
        Relation.Carer c => c.CourtAppointed ? "CourtAppointed" : c.Position.ToString(),
        Relation.Staff { CareTeamRole: { } role } => role.ToString(),
        _ => viewer?.StaffRole?.ToString() ?? viewer?.Kind.ToString(),
    };
}
