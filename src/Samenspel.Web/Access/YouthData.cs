using System.Diagnostics.Metrics;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Samenspel.Web.Access;

/// <summary>How a page or endpoint uses one category of a youth's data.</summary>
public enum Use
{
    /// <summary>The page is about this data: refused, the page answers 404 (no relation) or 403; a read is audited.</summary>
    Required,
    /// <summary>A section the page shows only when allowed: audited as read when allowed; a refusal hides the section.</summary>
    Section,
    /// <summary>Decides only whether to draw a link or a button; never audited. The page behind it declares it again.</summary>
    Offer,
}

/// <summary>
/// Declares, where the page or endpoint is declared, which of a youth's data it touches, e.g.
/// <c>[YouthData(DataCategory.Plan, AccessAction.Read)]</c>. On the page class it holds for every handler; on a handler
/// method for that handler only. <see cref="YouthDataFilter"/> binds the youth, asks <see cref="YouthAccess"/> once for
/// all of them, answers a refusal, writes the audit rows and hands the <see cref="YouthGrant"/> to the handler.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class YouthDataAttribute(DataCategory category, AccessAction action = AccessAction.Read) : Attribute
{
    public DataCategory Category { get; } = category;
    public AccessAction Action { get; } = action;
    public Use Use { get; init; } = Use.Required;
    /// <summary>Another action that also opens a required ask (a carer who may only ask for information reads their
    /// requests): the ask is met when either is allowed, and the one that opens it is audited.</summary>
    public AccessAction OrElse { get; init; } = action;
}

/// <summary>What kind of record the bound id names; the filter finds its youth. An id that names no record answers 404.</summary>
public enum IdOf
{
    Youth, Measurement, Response, Plan, Goal, Trajectory, CarerLink, Message, CarerRequest, StartInformation,
    /// <summary>The signed-in youth herself (the Me pages): no bound id.</summary>
    Self,
}

/// <summary>Where the youth comes from, when not from a bound <c>YouthId</c>: the name of the route value, query value,
/// form field or bound property that holds the id, and what it is the id of.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class YouthFromAttribute(string name, IdOf of = IdOf.Youth) : Attribute
{
    public string Name { get; } = name;
    public IdOf Of { get; } = of;
}

/// <summary>The one object a page shows, named on its audit rows, when it is not the record the youth comes from: its
/// type, and the route value, query value, form field or bound property that holds its id.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShownObjectAttribute(string type, string name) : Attribute
{
    public string Type { get; } = type;
    public string Name { get; } = name;
}

/// <summary>The decisions for the one youth of a request, made once by the filter. A handler filters rows with
/// <see cref="this[DataCategory, AccessAction]"/> and draws links with <see cref="May"/>; it never asks again.</summary>
public sealed class YouthGrant(Guid youthId, IReadOnlyDictionary<(DataCategory, AccessAction), YouthAccessResult> results,
    Func<Guid, bool>? showsMeasurement = null)
{
    public Guid YouthId { get; } = youthId;

    /// <summary>Whether the declared AllianceAnswers read shows one measurement: all of them, or for an advisor who reads
    /// through supervision only those shared with them (loaded once with the decision).</summary>
    public bool ShowsMeasurement(Guid measurementId) =>
        (showsMeasurement ?? throw new InvalidOperationException("AllianceAnswers is not declared with [YouthData] on this page."))(measurementId);

    /// <summary>The decision on one declared ask; asking for an undeclared one is a programming error.</summary>
    public AccessDecision this[DataCategory category, AccessAction action = AccessAction.Read] =>
        results.TryGetValue((category, action), out var r) ? r.Decision
            : throw new InvalidOperationException($"{category}/{action} is not declared with [YouthData] on this page.");

    public bool May(DataCategory category, AccessAction action = AccessAction.Read) => this[category, action].Allowed;

    /// <summary>Some data is open to the viewer only through a break-glass grant.</summary>
    public bool ByBreakGlass => results.Values.Any(r => r.Decision.BreakGlass);
}

public static class YouthGrants
{
    /// <summary>The grant the filter made for this request.</summary>
    public static YouthGrant Grant(this HttpContext http) =>
        http.Features.Get<YouthGrant>() ?? throw new InvalidOperationException("This page or endpoint declares no [YouthData].");

    public static YouthGrant Grant(this PageModel page) => page.HttpContext.Grant();
}

/// <summary>
/// The one place a page or endpoint's access to a youth is decided: it reads the <see cref="YouthDataAttribute"/>s of
/// the handler, binds the youth, asks <see cref="YouthAccess"/> in one query, audits what the page shows (every read and
/// every refusal; successful writes are audited by the save hook; the GET of an edit form audits the showing as a read
/// with the write decision), and answers 404 (no relation, or no such record) or 403 for a refused required ask.
/// </summary>
public sealed class YouthDataFilter(YouthAccess access, SamenspelDb db) : IAsyncPageFilter
{
    static readonly Meter Meter = new("Samenspel.Access");
    /// <summary>One per access decision on a youth (one query of the register): Youths/Details makes one.</summary>
    public static readonly Counter<long> Decisions = Meter.CreateCounter<long>("samenspel.access.decisions");

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var type = context.HandlerInstance.GetType();
        var asks = Declared(type, context.HandlerMethod?.MethodInfo);
        if (asks.Count == 0) { await next(); return; }

        var from = type.GetCustomAttribute<YouthFromAttribute>() ?? new YouthFromAttribute("YouthId");
        var id = from.Of == IdOf.Self ? Viewer.From(context.HttpContext.User)?.PersonId : BoundId(context, from.Name);
        var youthId = id is { } value ? await YouthOfAsync(db, from.Of, value, context.HttpContext.RequestAborted) : null;
        var isGet = HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method);
        var shown = type.GetCustomAttribute<ShownObjectAttribute>() is { } o
            ? BoundId(context, o.Name) is { } oid ? new Audit.AuditObject(o.Type, oid) : null
            : from.Of is IdOf.Youth or IdOf.Self || id is null ? null : new Audit.AuditObject(from.Of.ToString(), id.Value);
        var (grant, refusal) = await DecideAsync(access, youthId, asks, isGet, shown, context.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            context.Result = refusal == StatusCodes.Status404NotFound ? new NotFoundResult() : new ForbidResult();
            return;
        }
        context.HttpContext.Features.Set(grant);
        await next();
    }

    /// <summary>The asks of a page handler or endpoint: the class's and the handler's, in declaration order.</summary>
    public static IReadOnlyList<YouthDataAttribute> Declared(Type type, MethodInfo? handler) =>
        type.GetCustomAttributes<YouthDataAttribute>().Concat(handler?.GetCustomAttributes<YouthDataAttribute>() ?? []).ToList();

    /// <summary>Decides and audits the asks for one youth. Returns the grant, or the status code of the refusal.</summary>
    public static async Task<(YouthGrant Grant, int? Refusal)> DecideAsync(YouthAccess access, Guid? youthId,
        IReadOnlyList<YouthDataAttribute> asks, bool isGet, Audit.AuditObject? shown, CancellationToken ct)
    {
        var keys = asks.Select(a => (a.Category, a.Action)).Concat(asks.Select(a => (a.Category, a.OrElse))).Distinct().ToList();
        var probed = youthId is { } y ? await access.ProbeManyAsync(y, keys, ct) : null;
        if (probed is not null) Decisions.Add(1);
        var results = keys.Select((k, i) => (k, probed?[i] ?? new YouthAccessResult(AccessDecision.Deny("no such record"), false)))
            .ToDictionary(x => x.k, x => x.Item2);
        var alliance = (DataCategory.AllianceAnswers, AccessAction.Read);
        var grant = new YouthGrant(youthId ?? Guid.Empty, results, youthId is { } known && results.TryGetValue(alliance, out var read)
            ? await access.MeasurementFilterAsync(known, read.Decision, ct) : null);
        results = new(results); // the grant keeps every answer; a required ask is met by its OrElse when that is allowed
        foreach (var a in asks)
            if (!results[(a.Category, a.Action)].Allowed && results[(a.Category, a.OrElse)].Allowed)
                results[(a.Category, a.Action)] = results[(a.Category, a.OrElse)];
        var required = asks.Where(a => a.Use == Use.Required).Select(a => (a.Category, a.Action)).Distinct().ToList();
        var refused = required.Where(k => !results[k].Allowed).ToList();
        if (youthId is null || refused.Any(k => !results[k].Known))
        {
            if (youthId is { } unknown) await access.AuditAsync(unknown, [.. refused.Select(k => (k.Category, k.Action, results[k]))], ct, shown);
            return (grant, StatusCodes.Status404NotFound);
        }
        // What the page shows is audited: required reads (and, on the GET of an edit form, the write decision as a read),
        // refusals, and sections that are shown. Offers and successful writes are not (the save hook audits writes).
        var audited = refused.Count > 0
            ? refused.Select(k => (k.Category, k.Action, results[k]))
            : asks.Where(a => a.Use == Use.Required || (a.Use == Use.Section && results[(a.Category, a.Action)].Allowed))
                .Select(a => (a.Category, Action: isGet ? AccessAction.Read : a.Action, Result: results[(a.Category, a.Action)]))
                .Where(x => x.Action == AccessAction.Read)
                .DistinctBy(x => x.Category);
        var rows = audited.ToList();
        if (rows.Count > 0) await access.AuditAsync(youthId.Value, rows, ct, shown);
        return (grant, refused.Count > 0 ? StatusCodes.Status403Forbidden : null);
    }

    static Guid? BoundId(PageHandlerExecutingContext context, string name)
    {
        foreach (var (key, value) in context.HandlerArguments)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && value is Guid g) return g;
        var property = context.HandlerInstance.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetValue(context.HandlerInstance) is Guid bound && bound != Guid.Empty) return bound;
        return RouteOrQuery(context.HttpContext, name);
    }

    /// <summary>The id from the route, the query string or the form, for endpoints and pages that bind it themselves.</summary>
    public static Guid? RouteOrQuery(HttpContext http, string name)
    {
        var raw = http.GetRouteValue(name)?.ToString() ?? http.Request.Query[name].FirstOrDefault()
            ?? (http.Request.HasFormContentType ? http.Request.Form[name].FirstOrDefault() : null);
        return Guid.TryParse(raw, out var id) ? id : null;
    }

    /// <summary>The youth a record belongs to, or null when there is no such record.</summary>
    public static async Task<Guid?> YouthOfAsync(SamenspelDb db, IdOf of, Guid id, CancellationToken ct) => of switch
    {
        IdOf.Youth or IdOf.Self => id,
        IdOf.Measurement => await db.Measurements.Where(m => m.Id == id).Select(m => (Guid?)m.YouthId).SingleOrDefaultAsync(ct),
        IdOf.Response => await db.Responses.Where(r => r.Id == id).Select(r => (Guid?)r.YouthId).SingleOrDefaultAsync(ct),
        IdOf.Plan => await db.Plans.Where(p => p.Id == id).Select(p => (Guid?)p.YouthId).SingleOrDefaultAsync(ct),
        IdOf.Goal => await db.Goals.Where(g => g.Id == id).Select(g => (Guid?)g.YouthId).SingleOrDefaultAsync(ct),
        IdOf.Trajectory => await db.Trajectories.Where(t => t.Id == id).Select(t => (Guid?)t.YouthId).SingleOrDefaultAsync(ct),
        IdOf.CarerLink => await db.CarerLinks.Where(l => l.Id == id).Select(l => (Guid?)l.YouthId).SingleOrDefaultAsync(ct),
        IdOf.Message => await db.Messages.Where(m => m.Id == id).Select(m => (Guid?)m.YouthId).SingleOrDefaultAsync(ct),
        IdOf.CarerRequest => await db.CarerRequests.Where(r => r.Id == id).Select(r => (Guid?)r.YouthId).SingleOrDefaultAsync(ct),
        IdOf.StartInformation => await db.StartInformation.Where(s => s.Id == id).Select(s => (Guid?)s.YouthId).SingleOrDefaultAsync(ct),
        _ => null,
    };
}
