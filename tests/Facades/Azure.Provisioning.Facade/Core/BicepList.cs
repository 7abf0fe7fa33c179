using System;
using System.Collections;
using System.Collections.Generic;
using Azure.Provisioning.Expressions;

namespace Azure.Provisioning
{
    public class BicepList<T> : BicepValue, IList<BicepValue<T>>, IReadOnlyList<BicepValue<T>>
    {
        public BicepList() { }
        public BicepList(IList<BicepValue<T>>? values) { }

        public int Count => throw null!;
        public bool IsReadOnly => throw null!;
        public BicepValue<T> this[int index] { get => throw null!; set => throw null!; }

        public void Add(BicepValue<T> item) => throw null!;
        public void Assign(BicepList<T> source) => throw null!;
        public void Clear() => throw null!;
        public bool Contains(BicepValue<T> item) => throw null!;
        public void CopyTo(BicepValue<T>[] array, int arrayIndex) => throw null!;
        public static BicepList<T> FromExpression(Func<BicepExpression, T> referenceFactory, BicepExpression expression) => throw null!;
        public IEnumerator<BicepValue<T>> GetEnumerator() => throw null!;
        public int IndexOf(BicepValue<T> item) => throw null!;
        public void Insert(int index, BicepValue<T> item) => throw null!;
        public bool Remove(BicepValue<T> item) => throw null!;
        public void RemoveAt(int index) => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;

        public static implicit operator BicepList<T>(ProvisioningVariable reference) => throw null!;
    }
}
