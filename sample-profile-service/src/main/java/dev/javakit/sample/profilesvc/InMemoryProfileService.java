package dev.javakit.sample.profilesvc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The business logic: profiles in a map, guarded by a read-write lock like Go kit's
 * {@code inmemService} and its {@code sync.RWMutex}. Profiles are immutable, so readers share them
 * without copying.
 */
public final class InMemoryProfileService implements ProfileService {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Profile> profiles = new HashMap<>();

    @Override
    public void postProfile(Profile profile) throws AlreadyExistsException, InvalidProfileException {
        validate(profile);
        lock.writeLock().lock();
        try {
            if (profiles.putIfAbsent(profile.id(), profile) != null) {
                throw new AlreadyExistsException();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Profile getProfile(String id) throws NotFoundException {
        lock.readLock().lock();
        try {
            return existing(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void putProfile(String id, Profile profile) throws InconsistentIdsException, InvalidProfileException {
        if (!id.equals(profile.id())) {
            throw new InconsistentIdsException();
        }
        validate(profile);
        lock.writeLock().lock();
        try {
            profiles.put(id, profile);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void patchProfile(String id, Profile profile)
            throws InconsistentIdsException, NotFoundException, InvalidProfileException {
        if (!profile.id().isEmpty() && !id.equals(profile.id())) {
            throw new InconsistentIdsException();
        }
        lock.writeLock().lock();
        try {
            Profile patched = existing(id);
            if (!profile.name().isEmpty()) {
                patched = patched.withName(profile.name());
            }
            if (!profile.addresses().isEmpty()) {
                validateAddresses(profile.addresses());
                patched = patched.withAddresses(profile.addresses());
            }
            profiles.put(id, patched);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void deleteProfile(String id) throws NotFoundException {
        lock.writeLock().lock();
        try {
            if (profiles.remove(id) == null) {
                throw new NotFoundException();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<Address> getAddresses(String profileId) throws NotFoundException {
        lock.readLock().lock();
        try {
            return existing(profileId).addresses();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Address getAddress(String profileId, String addressId) throws NotFoundException {
        lock.readLock().lock();
        try {
            for (Address address : existing(profileId).addresses()) {
                if (address.id().equals(addressId)) {
                    return address;
                }
            }
            throw new NotFoundException();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void postAddress(String profileId, Address address)
            throws NotFoundException, AlreadyExistsException, InvalidProfileException {
        lock.writeLock().lock();
        try {
            Profile profile = existing(profileId);
            if (address.id().isEmpty()) {
                throw new InvalidProfileException("address id must not be empty");
            }
            for (Address existing : profile.addresses()) {
                if (existing.id().equals(address.id())) {
                    throw new AlreadyExistsException();
                }
            }
            List<Address> addresses = new ArrayList<>(profile.addresses());
            addresses.add(address);
            profiles.put(profileId, profile.withAddresses(addresses));
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void deleteAddress(String profileId, String addressId) throws NotFoundException {
        lock.writeLock().lock();
        try {
            Profile profile = existing(profileId);
            // Like Go kit, every address with that id goes; none found is not found.
            List<Address> kept = new ArrayList<>(profile.addresses().size());
            for (Address address : profile.addresses()) {
                if (!address.id().equals(addressId)) {
                    kept.add(address);
                }
            }
            if (kept.size() == profile.addresses().size()) {
                throw new NotFoundException();
            }
            profiles.put(profileId, profile.withAddresses(kept));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Returns the stored profile; callers hold the lock. */
    private Profile existing(String id) throws NotFoundException {
        Profile profile = profiles.get(id);
        if (profile == null) {
            throw new NotFoundException();
        }
        return profile;
    }

    private static void validate(Profile profile) throws InvalidProfileException {
        if (profile.id().isEmpty()) {
            throw new InvalidProfileException("profile id must not be empty");
        }
        validateAddresses(profile.addresses());
    }

    private static void validateAddresses(List<Address> addresses) throws InvalidProfileException {
        for (int i = 0; i < addresses.size(); i++) {
            Address address = addresses.get(i);
            if (address == null) {
                throw new InvalidProfileException("addresses[" + i + "] must be an address, not null");
            }
            if (address.id().isEmpty()) {
                throw new InvalidProfileException("addresses[" + i + "]: address id must not be empty");
            }
        }
    }
}
