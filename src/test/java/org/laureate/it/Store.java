package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-side access to the database: each call is a transaction of its own, so a read sees what was committed. */
@Stateless
public class Store {

    @PersistenceContext
    EntityManager em;

    public <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    public <T> T find(Class<T> type, Object id) {
        return em.find(type, id);
    }

    @SuppressWarnings("unchecked")
    public List<Object> sql(String query, Object... parameters) {
        var nativeQuery = em.createNativeQuery(query);
        for (int i = 0; i < parameters.length; i++) {
            nativeQuery.setParameter(i + 1, parameters[i]);
        }
        return nativeQuery.getResultList();
    }
}
