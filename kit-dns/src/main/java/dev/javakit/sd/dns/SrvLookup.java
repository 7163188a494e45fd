package dev.javakit.sd.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * One resolution of an SRV name into instance URIs, with the TTL the answer may be kept for: the
 * SRV records, then each target's addresses, through the same resolver (a cluster's DNS knows its
 * pods' names; the machine's resolver may not).
 */
final class SrvLookup {

    /** What one lookup found: the instances, sorted, and how long the answer holds. */
    record Answer(List<URI> instances, long ttlSeconds) {
    }

    private final Resolver resolver;
    private final Name name;
    private final String scheme;

    SrvLookup(Resolver resolver, Name name, String scheme) {
        this.resolver = resolver;
        this.name = name;
        this.scheme = scheme;
    }

    /**
     * Resolves the name. A name that does not exist, or has no SRV record, is an answer with no
     * instance (a headless service without ready pods), held as long as the zone's negative TTL.
     *
     * @throws IOException when the resolver does not answer, or answers with a failure
     */
    Answer resolve() throws IOException {
        Message response = query(name, Type.SRV);
        List<SRVRecord> records = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof SRVRecord srv) {
                records.add(srv);
            }
        }
        if (records.isEmpty()) {
            return new Answer(List.of(), negativeTtl(response));
        }
        long ttl = Long.MAX_VALUE;
        Map<Name, List<Record>> additional = new LinkedHashMap<>();
        for (Record record : response.getSection(Section.ADDITIONAL)) {
            additional.computeIfAbsent(record.getName(), target -> new ArrayList<>()).add(record);
        }
        TreeSet<String> instances = new TreeSet<>();
        for (SRVRecord srv : records) {
            ttl = Math.min(ttl, srv.getTTL());
            // Port 0 or the root target: the service is decidedly not available there (RFC 2782).
            if (srv.getPort() == 0 || srv.getTarget().equals(Name.root)) {
                continue;
            }
            List<Record> addresses = addresses(additional.get(srv.getTarget()));
            if (addresses.isEmpty()) {
                addresses = lookUpAddresses(srv.getTarget());
            }
            if (addresses.isEmpty()) {
                // Left for the machine's resolver to find when the client connects.
                instances.add(uri(hostOf(srv.getTarget()), srv.getPort()));
            }
            for (Record address : addresses) {
                ttl = Math.min(ttl, address.getTTL());
                instances.add(uri(literal(address), srv.getPort()));
            }
        }
        return new Answer(instances.stream().map(URI::create).toList(), ttl);
    }

    private Message query(Name queried, int type) throws IOException {
        Message response = resolver.send(Message.newQuery(Record.newRecord(queried, type, DClass.IN)));
        int rcode = response.getRcode();
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            throw new IOException("the DNS server answered " + Rcode.string(rcode) + " for " + queried + " " + Type.string(type));
        }
        return response;
    }

    /** Asks for the target's IPv4, then IPv6 addresses; none when the server has none or will not say. */
    private List<Record> lookUpAddresses(Name target) {
        try {
            List<Record> found = addresses(query(target, Type.A).getSection(Section.ANSWER));
            return !found.isEmpty() ? found : addresses(query(target, Type.AAAA).getSection(Section.ANSWER));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Record> addresses(List<Record> records) {
        if (records == null) {
            return List.of();
        }
        return records.stream().filter(record -> record instanceof ARecord || record instanceof AAAARecord).toList();
    }

    /** How long "none" holds: the SOA's negative TTL when the server sent one (RFC 2308), else nothing. */
    private static long negativeTtl(Message response) {
        for (Record record : response.getSection(Section.AUTHORITY)) {
            if (record instanceof SOARecord soa) {
                return Math.min(soa.getTTL(), soa.getMinimum());
            }
        }
        return 0;
    }

    private static String literal(Record address) {
        InetAddress ip = address instanceof ARecord a ? a.getAddress() : ((AAAARecord) address).getAddress();
        return address instanceof AAAARecord ? "[" + ip.getHostAddress() + "]" : ip.getHostAddress();
    }

    private static String hostOf(Name target) {
        return target.toString(true);
    }

    private String uri(String host, int port) {
        return scheme + "://" + host + ":" + port;
    }
}
