using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Samenspel.Web.Features.Accounts;

/// <summary>
/// Brute-force limits on signing in (ASVS V6.3.1/V6.6.3). Per IP address, through ASP.NET Core's rate limiter
/// middleware: at most <c>Samenspel:RateLimits:PerIpPerMinute</c> (10) posts a minute to the password page and the
/// code page. (The API has no token endpoint: tokens are made on the command line and are 256 random bits.) Per account, checked by the pages themselves because the account is in the form:
/// at most <c>Samenspel:RateLimits:PerAccountPer15Minutes</c> (10) attempts in 15 minutes on one e-mail address,
/// known or not. Both answer 429 with a Dutch page and Retry-After. The windows follow the app's
/// <see cref="TimeProvider"/>, so tests move them with the fake clock.
/// </summary>
public sealed class SignInLimits(IConfiguration config, TimeProvider clock)
{
    public const string Section = "Samenspel:RateLimits";
    static readonly string[] LimitedPosts = ["/Accounts/Login", "/Accounts/LoginWith2fa"];

    public PartitionedRateLimiter<string> PerAccount { get; } = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.Get(account, _ => new ClockWindowLimiter(
            config.GetValue($"{Section}:PerAccountPer15Minutes", 10), TimeSpan.FromMinutes(15), clock)));

    public PartitionedRateLimiter<HttpContext> PerIp { get; } = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        HttpMethods.IsPost(context.Request.Method)
        && LimitedPosts.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
            ? RateLimitPartition.Get("ip:" + context.Connection.RemoteIpAddress, _ => new ClockWindowLimiter(
                config.GetValue($"{Section}:PerIpPerMinute", 10), TimeSpan.FromMinutes(1), clock))
            : RateLimitPartition.GetNoLimiter("none"));

    /// <summary>The middleware's part: the per-IP limiter, 429 and Retry-After. The status page says it in Dutch.</summary>
    public static void Configure(RateLimiterOptions options, SignInLimits limits)
    {
        options.GlobalLimiter = limits.PerIp;
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, _) =>
        {
            SetRetryAfter(context.HttpContext.Response, context.Lease);
            return ValueTask.CompletedTask;
        };
    }

    public static void SetRetryAfter(HttpResponse response, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A fixed window that starts at the first attempt and follows the app's clock (the built-in limiters
    /// run on their own timer, which a test cannot move).</summary>
    sealed class ClockWindowLimiter(int permits, TimeSpan window, TimeProvider clock) : RateLimiter
    {
        readonly Lock gate = new();
        DateTimeOffset start = DateTimeOffset.MinValue;
        int used;

        public override TimeSpan? IdleDuration
        {
            get
            {
                lock (gate)
                {
                    var over = clock.GetUtcNow() - (start + window);
                    return over > TimeSpan.Zero ? over : null;
                }
            }
        }

        public override RateLimiterStatistics? GetStatistics()
        {
            lock (gate) return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permits - used) };
        }

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            lock (gate)
            {
                var now = clock.GetUtcNow();
                if (now - start >= window) (start, used) = (now, 0);
                if (used + permitCount > permits) return new Lease(false, start + window - now);
                used += permitCount;
                return new Lease(true, null);
            }
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult(AttemptAcquireCore(permitCount));
    }

    sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;
        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
